/*
 * mm_gallery: the curated examples of the gallery (gallery/gallery.json
 * and one hand-written scene per example), loaded once by the module,
 * which lists them (GET /api/gallery) and submits them as jobs, and by
 * the render agent, which renders their poster images while it is idle.
 *
 * The file's shape:
 *   {"categories": [{"id", "name"}],
 *    "examples": [{"id", "title", "category", "prompt", "description",
 *                  "explanation", "file", "scene"}]}
 * Ids are 1-64 of [a-z0-9-]; "file" is a name in the same folder.
 */
#ifndef MM_GALLERY_H
#define MM_GALLERY_H

#include <apr_pools.h>

/* The quality under which posters are kept in the render cache. */
#define MM_GALLERY_POSTER_QUALITY "poster"

/* The quality the gallery's "cached" badge speaks of. */
#define MM_GALLERY_QUALITY "medium"

typedef struct mm_gallery_category {
    const char *id;
    const char *name;
} mm_gallery_category;

typedef struct mm_gallery_example {
    const char *id;          /* kebab-case, unique */
    const char *title;       /* for the card */
    const char *category;    /* a category's id */
    const char *prompt;      /* what a person would type */
    const char *description; /* one or two sentences for the card */
    const char *explanation; /* shown beside the video */
    const char *scene;       /* the Scene subclass */
    const char *code;        /* the whole scene file */
} mm_gallery_example;

typedef struct mm_gallery {
    const char *version; /* changes whenever any text or code changes */
    int category_count;
    const mm_gallery_category *categories;
    int count;
    const mm_gallery_example *examples;
} mm_gallery;

/* The largest scene file a gallery example may have, in bytes. */
#define MM_GALLERY_MAX_CODE (64 * 1024)

/*
 * Loads `dir`/gallery.json and its scenes into `pool`. Returns the
 * gallery, or NULL with a sentence naming the file and the problem in
 * `err`.
 */
const mm_gallery *mm_gallery_load(apr_pool_t *pool, const char *dir, char *err,
                                  size_t errlen);

/* The example with id `id`, or NULL. */
const mm_gallery_example *mm_gallery_find(const mm_gallery *g, const char *id);

/* The render cache key of an example's poster in `style`, in `pool`. */
const char *mm_gallery_poster_key(apr_pool_t *pool,
                                  const mm_gallery_example *ex,
                                  const char *style);

#endif /* MM_GALLERY_H */
