/*
 * mm_gallery_routes: the gallery and the style presets for the UI.
 *   GET {prefix}/gallery                    the examples, with whether
 *                                           each is rendered per style
 *   GET {prefix}/gallery/{id}/poster?style= the example's poster (PNG)
 *   GET {prefix}/styles                     the style presets
 * and the lookup that lets a submit of a gallery example be answered
 * from the render cache (mm_gallery_cached).
 *
 * Both "rendered" and the posters come from the render cache: a video of
 * the example's code in a style at the gallery quality, and the poster
 * the render agent makes of it while idle (see ra_gallery.h).
 *
 * Log numbers MM00340-MM00359.
 */
#include "mm_gallery_routes.h"

#include "http_log.h"
#include "http_protocol.h"
#include "http_request.h"
#include "apr_strings.h"

#include "mm_cache_key.h"
#include "mm_http.h"
#include "mm_job.h"
#include "mm_request_store.h"
#include "mm_style.h"

APLOG_USE_MODULE(mathmotion);

#define MM_GALLERY_PATH "/gallery/"

/* The stored file `hash`.`ext` of render cache entry `key`, if it is in
 * the cache and on disk: its hash and rendering job, else 0. */
static int mm_gallery_lookup(request_rec *r, const mm_server_conf *conf,
                             mm_store *st, const char *key, const char *ext,
                             const char **hash, const char **job_id)
{
    apr_finfo_t fi;

    if (!key ||
        mm_store_render_cache_get(st, r->pool, key, hash, job_id) !=
            MM_STORE_OK ||
        !mm_job_hash_valid(*hash))
        return 0;
    return apr_stat(
               &fi,
               apr_pstrcat(r->pool, conf->media_dir, "/", *hash, ext, NULL),
               APR_FINFO_TYPE, r->pool) == APR_SUCCESS &&
           fi.filetype == APR_REG;
}

int mm_gallery_cached(request_rec *r, const mm_server_conf *conf, mm_store *st,
                      const mm_gallery_example *ex, const char *style,
                      const char *quality, const char **video_hash,
                      const char **job_id)
{
    return mm_gallery_lookup(
        r, conf, st, mm_cache_render_key(r->pool, ex->code, style, quality),
        ".mp4", video_hash, job_id);
}

/* {"cached", "jobId", "posterUrl"} of an example in one style. */
static json_t *mm_gallery_style_state(request_rec *r,
                                      const mm_server_conf *conf, mm_store *st,
                                      const mm_gallery_example *ex,
                                      const char *style)
{
    const char *hash = NULL, *job = NULL, *poster = NULL, *pjob = NULL;
    int cached = mm_gallery_cached(r, conf, st, ex, style, MM_GALLERY_QUALITY,
                                   &hash, &job);
    const char *url = NULL;

    if (mm_gallery_lookup(r, conf, st,
                          mm_gallery_poster_key(r->pool, ex, style), ".png",
                          &poster, &pjob))
        /* The hash in the URL lets the browser keep the image for long. */
        url = apr_pstrcat(r->pool, conf->api_prefix, MM_GALLERY_PATH, ex->id,
                          "/poster?style=", style,
                          "&v=", apr_pstrndup(r->pool, poster, 12), NULL);
    return json_pack("{s:b, s:s?, s:s?}", "cached", cached, "jobId",
                     cached ? job : NULL, "posterUrl", url);
}

static json_t *mm_gallery_example_json(request_rec *r,
                                       const mm_server_conf *conf,
                                       mm_store *st,
                                       const mm_gallery_example *ex)
{
    json_t *styles = json_object();
    int i;

    for (i = 0; i < mm_style_count(); i++)
        json_object_set_new(
            styles, mm_style_at(i)->name,
            mm_gallery_style_state(r, conf, st, ex, mm_style_at(i)->name));
    return json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "id", ex->id, "title",
                     ex->title, "category", ex->category, "prompt", ex->prompt,
                     "description", ex->description, "styles", styles);
}

int mm_gallery_handle(request_rec *r, const mm_server_conf *conf,
                      const char *unused)
{
    const mm_gallery *g = conf->gallery;
    json_t *cats = json_array(), *exs = json_array();
    mm_store *st;
    int i;

    (void)unused;
    if (!g) {
        json_decref(cats);
        json_decref(exs);
        return mm_http_send_json(
            r, HTTP_OK,
            json_pack("{s:s, s:s, s:[], s:[]}", "version", "none", "quality",
                      MM_GALLERY_QUALITY, "categories", "examples"));
    }
    if (!(st = mm_request_store(r))) {
        json_decref(cats);
        json_decref(exs);
        return mm_request_store_unavailable(r, NULL, NULL);
    }
    for (i = 0; i < g->category_count; i++)
        json_array_append_new(cats, json_pack("{s:s, s:s}", "id",
                                              g->categories[i].id, "name",
                                              g->categories[i].name));
    for (i = 0; i < g->count; i++)
        json_array_append_new(
            exs, mm_gallery_example_json(r, conf, st, &g->examples[i]));
    return mm_http_send_json(
        r, HTTP_OK,
        json_pack("{s:s, s:s, s:o, s:o}", "version", g->version, "quality",
                  MM_GALLERY_QUALITY, "categories", cats, "examples", exs));
}

/* The value of `name` in the query string, or NULL. */
static const char *mm_gallery_query(request_rec *r, const char *name)
{
    char *args, *pair, *state;
    apr_size_t len = strlen(name);

    if (!r->args)
        return NULL;
    args = apr_pstrdup(r->pool, r->args);
    for (pair = apr_strtok(args, "&", &state); pair;
         pair = apr_strtok(NULL, "&", &state))
        if (strncmp(pair, name, len) == 0 && pair[len] == '=') {
            char *v = pair + len + 1;
            return ap_unescape_url(v) == OK ? v : NULL;
        }
    return NULL;
}

/* Answers the poster of `ex` in the ?style= (default preset). */
static int mm_gallery_poster(request_rec *r, const mm_server_conf *conf,
                             const mm_gallery_example *ex)
{
    const char *name = mm_gallery_query(r, "style");
    const mm_style *style = mm_style_find(name ? name : MM_STYLE_DEFAULT);
    const char *hash = NULL, *job = NULL;
    apr_file_t *fd;
    mm_store *st;
    int rc;

    if (!style)
        return mm_http_error(r, HTTP_BAD_REQUEST, "invalid_style",
                             apr_pstrcat(r->pool,
                                         "Unknown style. Use one of: ",
                                         mm_style_names(), ".", NULL));
    if (!(st = mm_request_store(r)))
        return mm_request_store_unavailable(r, NULL, NULL);
    if (!mm_gallery_lookup(r, conf, st,
                           mm_gallery_poster_key(r->pool, ex, style->name),
                           ".png", &hash, &job))
        return mm_http_error(r, HTTP_NOT_FOUND, "poster_not_ready",
                             "This example's poster has not been rendered "
                             "yet; the render agent makes it when it is "
                             "idle. Try again in a minute.");
    r->filename =
        apr_pstrcat(r->pool, conf->media_dir, "/", hash, ".png", NULL);
    if (apr_file_open(&fd, r->filename, APR_READ | APR_BINARY, APR_OS_DEFAULT,
                      r->pool) != APR_SUCCESS ||
        apr_file_info_get(&r->finfo, APR_FINFO_NORM, fd) != APR_SUCCESS) {
        ap_log_rerror(APLOG_MARK, APLOG_WARNING, 0, r,
                      MMLOGNO(00340) "gallery poster %s is unreadable",
                      r->filename);
        return mm_http_error(r, HTTP_NOT_FOUND, "poster_not_ready",
                             "This example's poster is missing. Try again "
                             "in a minute.");
    }
    ap_set_content_type(r, "image/png");
    apr_table_setn(r->headers_out, "Cache-Control", "public, max-age=3600");
    ap_update_mtime(r, r->finfo.mtime);
    ap_set_last_modified(r);
    ap_set_etag(r);
    if ((rc = ap_meets_conditions(r)) != OK)
        return rc;
    return mm_http_send_file(r, fd);
}

int mm_gallery_route(request_rec *r, const mm_server_conf *conf,
                     const char *path)
{
    const char *rest = path + strlen(MM_GALLERY_PATH);
    const char *slash = strchr(rest, '/');
    const mm_gallery_example *ex;

    if (!slash || strcmp(slash, "/poster") != 0)
        return DECLINED;
    ex = mm_gallery_find(
        conf->gallery,
        apr_pstrmemdup(r->pool, rest, (apr_size_t)(slash - rest)));
    if (r->method_number != M_GET)
        return mm_http_method_not_allowed(r, "GET, HEAD");
    if (!ex)
        return mm_http_error(r, HTTP_NOT_FOUND, "gallery_example_not_found",
                             "There is no gallery example with this id. "
                             "GET the gallery for the list.");
    return mm_gallery_poster(r, conf, ex);
}

int mm_styles_handle(request_rec *r, const mm_server_conf *conf,
                     const char *unused)
{
    json_t *list = json_array();
    int i, h;

    (void)conf;
    (void)unused;
    for (i = 0; i < mm_style_count(); i++) {
        const mm_style *st = mm_style_at(i);
        json_t *colours = json_array();

        for (h = 0; h < MM_HUE_COUNT; h++)
            json_array_append_new(colours,
                                  json_string(mm_style_colour(st, (mm_hue)h)));
        json_array_append_new(
            list,
            json_pack("{s:s, s:s, s:s, s:s, s:s, s:f, s:o}", "name", st->name,
                      "description", st->description, "background",
                      st->background, "ink", st->ink, "font",
                      *st->font ? st->font : "default", "strokeScale",
                      st->stroke_scale, "colors", colours));
    }
    return mm_http_send_json(
        r, HTTP_OK,
        json_pack("{s:s, s:o}", "default", MM_STYLE_DEFAULT, "styles", list));
}
