/*
 * mm_video: GET {prefix}/jobs/{id}/video. Serves the job's MP4 from
 * MathMotionMediaDir, where videos are stored once under their SHA-256
 * (<hash>.mp4). The file goes out as a file bucket with Content-Length,
 * Last-Modified and ETag from its stat, so httpd's conditional checks
 * answer 304/412 and its byterange filter answers Range with 206.
 *
 * ?download=1 asks the browser to save the file instead of playing it.
 *
 * Log numbers MM00100-MM00119.
 */
#include "mm_routes.h"

#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "apr_buckets.h"
#include "apr_strings.h"

#include "mm_http.h"
#include "mm_job.h"
#include "mm_request_store.h"

APLOG_USE_MODULE(mathmotion);

/* 1 if the query string has download=1. */
static int mm_video_wants_download(request_rec *r)
{
    char *args, *pair, *state;

    if (!r->args)
        return 0;
    args = apr_pstrdup(r->pool, r->args);
    for (pair = apr_strtok(args, "&", &state); pair;
         pair = apr_strtok(NULL, "&", &state))
        if (strcmp(pair, "download=1") == 0)
            return 1;
    return 0;
}

/* The answer for a job that has no video to serve (yet). */
static int mm_video_unavailable(request_rec *r, const mm_job *job)
{
    if (job->status == MM_JOB_FAILED)
        return mm_http_error(r, HTTP_CONFLICT, "video_not_ready",
                             "This job failed, so it has no video. Open the "
                             "job to see what went wrong.");
    if (job->status != MM_JOB_DONE)
        return mm_http_error(
            r, HTTP_CONFLICT, "video_not_ready",
            apr_pstrcat(r->pool, "The video is not ready yet: the job is ",
                        mm_job_status_name(job->status),
                        ". Poll the job until its status is done.", NULL));
    return mm_http_error(r, HTTP_NOT_FOUND, "video_not_found",
                         "This job has no stored video. Submit the prompt "
                         "again to render it anew.");
}

/*
 * Opens the video of `job` (done, with a valid hash) into *fd, and stats
 * it into r->finfo. Returns APR_SUCCESS, or why it cannot be served
 * (APR_EGENERAL when it is not a regular file).
 */
static apr_status_t mm_video_open(request_rec *r, const mm_server_conf *conf,
                                  const mm_job *job, apr_file_t **fd)
{
    apr_status_t rv;

    r->filename = apr_pstrcat(r->pool, conf->media_dir, "/", job->video_hash,
                              ".mp4", NULL);
    rv = apr_file_open(fd, r->filename,
                       APR_READ | APR_BINARY | APR_SENDFILE_ENABLED,
                       APR_OS_DEFAULT, r->pool);
    if (rv == APR_SUCCESS)
        rv = apr_file_info_get(&r->finfo, APR_FINFO_NORM, *fd);
    if (rv == APR_SUCCESS && r->finfo.filetype != APR_REG)
        rv = APR_EGENERAL;
    return rv;
}

/* Logs why the video file of `job` cannot be served, and answers. */
static int mm_video_open_failed(request_rec *r, const mm_job *job,
                                apr_status_t rv)
{
    if (APR_STATUS_IS_ENOENT(rv)) {
        ap_log_rerror(
            APLOG_MARK, APLOG_WARNING, rv, r,
            MMLOGNO(00100) "job=%s is done but its video %s is missing",
            job->id, r->filename);
        return mm_video_unavailable(r, job);
    }
    ap_log_rerror(APLOG_MARK, APLOG_ERR, rv, r,
                  MMLOGNO(00101) "job=%s cannot read its video %s", job->id,
                  r->filename);
    return mm_http_error(r, HTTP_INTERNAL_SERVER_ERROR, "video_unreadable",
                         "The video could not be read. Please try again "
                         "later.");
}

/* Sets the headers of the video answer. */
static void mm_video_headers(request_rec *r, const mm_job *job)
{
    ap_set_content_type(r, "video/mp4");
    apr_table_setn(
        r->headers_out, "Content-Disposition",
        apr_pstrcat(r->pool,
                    mm_video_wants_download(r) ? "attachment" : "inline",
                    "; filename=\"mathmotion-", job->id, ".mp4\"", NULL));
    /* A job's video never changes, but its URL is a capability. */
    apr_table_setn(r->headers_out, "Cache-Control", "private, max-age=86400");
    ap_update_mtime(r, r->finfo.mtime);
    ap_set_last_modified(r);
    ap_set_etag(r);
    ap_set_accept_ranges(r);
}

int mm_video_handle(request_rec *r, const mm_server_conf *conf,
                    const char *job_id)
{
    mm_store *st;
    apr_file_t *fd;
    apr_status_t rv;
    mm_job *job;
    int rc;

    if (!mm_request_load_job(r, job_id, &st, &job, &rc))
        return rc;
    if (job->status != MM_JOB_DONE || !job->video_hash)
        return mm_video_unavailable(r, job);
    if (!mm_job_hash_valid(job->video_hash)) {
        ap_log_rerror(
            APLOG_MARK, APLOG_ERR, 0, r,
            MMLOGNO(00103) "job=%s has a malformed video hash in the store",
            job->id);
        return mm_video_unavailable(r, job);
    }
    if ((rv = mm_video_open(r, conf, job, &fd)) != APR_SUCCESS)
        return mm_video_open_failed(r, job, rv);
    mm_video_headers(r, job);
    if ((rc = ap_meets_conditions(r)) != OK)
        return rc;
    return mm_http_send_file(r, fd);
}
