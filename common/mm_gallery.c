/*
 * mm_gallery: loading the gallery. See mm_gallery.h.
 */
#include "mm_gallery.h"

#include "mm_cache_key.h"

#include <apr_file_io.h>
#include <apr_strings.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MM_GALLERY_MAX_EXAMPLES 200
#define MM_GALLERY_MAX_JSON (1024 * 1024)

static int mm_gallery_fail(char *err, size_t errlen, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int mm_gallery_fail(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
    return -1;
}

/* 1 if `id` is 1-64 of [a-z0-9-]. */
static int mm_gallery_id_valid(const char *id)
{
    size_t n = strspn(id, "abcdefghijklmnopqrstuvwxyz0123456789-");

    return n > 0 && n <= 64 && id[n] == '\0';
}

/* Reads a whole file of at most `max` bytes into `pool`. */
static char *mm_gallery_read(apr_pool_t *pool, const char *path,
                             apr_size_t max, char *err, size_t errlen)
{
    apr_file_t *f;
    apr_finfo_t fi;
    apr_size_t len;
    char *buf;

    if (apr_file_open(&f, path, APR_FOPEN_READ, 0, pool) != APR_SUCCESS ||
        apr_file_info_get(&fi, APR_FINFO_SIZE, f) != APR_SUCCESS) {
        mm_gallery_fail(err, errlen, "cannot read %s", path);
        return NULL;
    }
    if (fi.size < 0 || (apr_size_t)fi.size > max) {
        apr_file_close(f);
        mm_gallery_fail(err, errlen, "%s is larger than %lu bytes", path,
                        (unsigned long)max);
        return NULL;
    }
    len = (apr_size_t)fi.size;
    buf = apr_palloc(pool, len + 1);
    if (len > 0 && apr_file_read_full(f, buf, len, &len) != APR_SUCCESS) {
        apr_file_close(f);
        mm_gallery_fail(err, errlen, "cannot read %s", path);
        return NULL;
    }
    apr_file_close(f);
    buf[len] = '\0';
    if (strlen(buf) != len) {
        mm_gallery_fail(err, errlen, "%s contains a NUL byte", path);
        return NULL;
    }
    return buf;
}

/* Member `name` of `o` as a non-empty string in `pool`, or NULL. */
static const char *mm_gallery_text(apr_pool_t *pool, json_t *o,
                                   const char *name)
{
    const char *s = json_string_value(json_object_get(o, name));

    return s && *s ? apr_pstrdup(pool, s) : NULL;
}

static int mm_gallery_categories(apr_pool_t *pool, json_t *arr, mm_gallery *g,
                                 char *err, size_t errlen)
{
    mm_gallery_category *cats;
    size_t i;

    if (!json_is_array(arr) || json_array_size(arr) == 0 ||
        json_array_size(arr) > MM_GALLERY_MAX_EXAMPLES)
        return mm_gallery_fail(err, errlen,
                               "gallery.json: \"categories\" must be a "
                               "non-empty array");
    cats = apr_pcalloc(pool, json_array_size(arr) * sizeof(*cats));
    for (i = 0; i < json_array_size(arr); i++) {
        json_t *c = json_array_get(arr, i);
        cats[i].id = mm_gallery_text(pool, c, "id");
        cats[i].name = mm_gallery_text(pool, c, "name");
        if (!cats[i].id || !cats[i].name || !mm_gallery_id_valid(cats[i].id))
            return mm_gallery_fail(err, errlen,
                                   "gallery.json: category %lu needs an id "
                                   "of [a-z0-9-] and a name",
                                   (unsigned long)i + 1);
    }
    g->categories = cats;
    g->category_count = (int)json_array_size(arr);
    return 0;
}

static int mm_gallery_has_category(const mm_gallery *g, const char *id)
{
    int i;

    for (i = 0; i < g->category_count; i++)
        if (strcmp(g->categories[i].id, id) == 0)
            return 1;
    return 0;
}

/* Reads example `i` of the array, and its scene file, into *ex. */
static int mm_gallery_example_load(apr_pool_t *pool, const char *dir,
                                   json_t *o, size_t i, const mm_gallery *g,
                                   mm_gallery_example *ex, char *err,
                                   size_t errlen)
{
    const char *file = mm_gallery_text(pool, o, "file");

    ex->id = mm_gallery_text(pool, o, "id");
    ex->title = mm_gallery_text(pool, o, "title");
    ex->category = mm_gallery_text(pool, o, "category");
    ex->prompt = mm_gallery_text(pool, o, "prompt");
    ex->description = mm_gallery_text(pool, o, "description");
    ex->explanation = mm_gallery_text(pool, o, "explanation");
    ex->scene = mm_gallery_text(pool, o, "scene");
    if (!ex->id || !ex->title || !ex->category || !ex->prompt ||
        !ex->description || !ex->explanation || !ex->scene || !file)
        return mm_gallery_fail(err, errlen,
                               "gallery.json: example %lu lacks one of id, "
                               "title, category, prompt, description, "
                               "explanation, file, scene",
                               (unsigned long)i + 1);
    if (!mm_gallery_id_valid(ex->id) || strchr(file, '/') || file[0] == '.')
        return mm_gallery_fail(err, errlen,
                               "gallery.json: example %lu: the id must be "
                               "[a-z0-9-] and the file a name in %s",
                               (unsigned long)i + 1, dir);
    if (mm_gallery_find(g, ex->id))
        return mm_gallery_fail(
            err, errlen, "gallery.json: the id \"%s\" is used twice", ex->id);
    if (!mm_gallery_has_category(g, ex->category))
        return mm_gallery_fail(err, errlen,
                               "gallery.json: example \"%s\" names the "
                               "unknown category \"%s\"",
                               ex->id, ex->category);
    ex->code = mm_gallery_read(pool, apr_pstrcat(pool, dir, "/", file, NULL),
                               MM_GALLERY_MAX_CODE, err, errlen);
    return ex->code ? 0 : -1;
}

const mm_gallery *mm_gallery_load(apr_pool_t *pool, const char *dir, char *err,
                                  size_t errlen)
{
    const char *path = apr_pstrcat(pool, dir, "/gallery.json", NULL);
    char *text = mm_gallery_read(pool, path, MM_GALLERY_MAX_JSON, err, errlen);
    mm_gallery *g = apr_pcalloc(pool, sizeof(*g));
    mm_gallery_example *exs;
    const char *all;
    json_error_t jerr;
    json_t *root, *arr;
    size_t i;

    if (!text)
        return NULL;
    root = json_loads(text, JSON_REJECT_DUPLICATES, &jerr);
    if (!json_is_object(root)) {
        mm_gallery_fail(err, errlen, "%s: line %d: %s", path, jerr.line,
                        root ? "not a JSON object" : jerr.text);
        json_decref(root);
        return NULL;
    }
    arr = json_object_get(root, "examples");
    if (mm_gallery_categories(pool, json_object_get(root, "categories"), g,
                              err, errlen) != 0 ||
        (!json_is_array(arr) || json_array_size(arr) == 0 ||
                 json_array_size(arr) > MM_GALLERY_MAX_EXAMPLES
             ? mm_gallery_fail(err, errlen,
                               "%s: \"examples\" must be an array of 1 to "
                               "%d examples",
                               path, MM_GALLERY_MAX_EXAMPLES)
             : 0) != 0) {
        json_decref(root);
        return NULL;
    }
    exs = apr_pcalloc(pool, json_array_size(arr) * sizeof(*exs));
    g->examples = exs;
    all = text;
    for (i = 0; i < json_array_size(arr); i++) {
        if (mm_gallery_example_load(pool, dir, json_array_get(arr, i), i, g,
                                    &exs[i], err, errlen) != 0) {
            json_decref(root);
            return NULL;
        }
        g->count = (int)i + 1;
        all = apr_pstrcat(pool, all, "\n", exs[i].code, NULL);
    }
    json_decref(root);
    g->version = mm_cache_render_key(pool, all, "gallery", "version");
    if (!g->version) {
        mm_gallery_fail(err, errlen, "no digest for the gallery's version");
        return NULL;
    }
    g->version = apr_pstrndup(pool, g->version, 16);
    return g;
}

const mm_gallery_example *mm_gallery_find(const mm_gallery *g, const char *id)
{
    int i;

    for (i = 0; g && id && i < g->count; i++)
        if (strcmp(g->examples[i].id, id) == 0)
            return &g->examples[i];
    return NULL;
}

const char *mm_gallery_poster_key(apr_pool_t *pool,
                                  const mm_gallery_example *ex,
                                  const char *style)
{
    return mm_cache_render_key(pool, ex->code, style,
                               MM_GALLERY_POSTER_QUALITY);
}
