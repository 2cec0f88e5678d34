/*
 * ra_prompt: reading the words of a request for the offline code
 * generator. The request is split into lower-case words with numbers
 * kept as values; the planners then ask about words by exact match, by
 * prefix (a stem such as "rotat") or by membership of a NULL-terminated
 * list. Also the colours a request may name, the small counts ("two
 * stars"), lower-casing, and splitting text at white space.
 *
 * Nothing here copies text of the request anywhere but into these words.
 */
#ifndef RA_PROMPT_H
#define RA_PROMPT_H

#include <stddef.h>

/* Most words read from one request; the rest are ignored. */
#define RA_MAX_WORDS 256

/* Most white-space separated words of one formula or equation side. */
#define RA_MAX_SEG_WORDS 40

typedef struct ra_word {
    char w[16];   /* lower-case letters, "#" for a number, "," a stop */
    double num;   /* the value of a number */
    size_t start; /* byte offset in the request */
    size_t end;   /* offset just past the word */
} ra_word;

typedef struct ra_words {
    ra_word v[RA_MAX_WORDS]; /* the words in order */
    int n;                   /* how many */
} ra_words;

typedef struct ra_span {
    size_t start; /* first byte */
    size_t end;   /* one past the last byte */
} ra_span;

/*
 * Splits s into *ws: runs of letters (lower-cased, cut to 15 bytes),
 * numbers such as 3, -2.5 or .5 (as "#" with their value), punctuation
 * that ends a phrase (as ","), "%" (as "percent") and the degree sign
 * (as "degrees"). Anything else is skipped; words past RA_MAX_WORDS are
 * dropped.
 */
void ra_words_split(const char *s, ra_words *ws);

/* Returns 1 if word i exists and is exactly w, else 0. */
int ra_word_is(const ra_words *ws, int i, const char *w);

/* Returns 1 if word i exists and starts with prefix, else 0. */
int ra_word_stem(const ra_words *ws, int i, const char *prefix);

/* Returns 1 if w is one of the NULL-terminated list, else 0. */
int ra_in_list(const char *w, const char *const *list);

/* Returns the index of the first word in [from, to) in list, or -1. */
int ra_words_find(const ra_words *ws, int from, int to,
                  const char *const *list);

/* Returns 1 if any word is in list, else 0. */
int ra_words_has_any(const ra_words *ws, const char *const *list);

/* Returns 1 if any word starts with prefix, else 0. */
int ra_words_has_stem(const ra_words *ws, const char *prefix);

/*
 * Writes a planner's refusal (a sentence for a person) into why[n] and
 * returns -1, so that a planner can `return ra_plan_refuse(...)`.
 */
int ra_plan_refuse(char *why, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/*
 * Returns the small count word i gives: "one".."six" or a whole number
 * 1..6; else 0.
 */
int ra_count_word(const ra_words *ws, int i);

/* Returns "zero".."six" for n in 0..6, else NULL. */
const char *ra_number_word(int n);

/* Returns the colour table index of a colour word, or -1. */
int ra_colour_word(const char *w);

/* Returns the Manim constant ("RED") of colour table index c. */
const char *ra_colour_manim(int c);

/* Returns the name for people ("red") of colour table index c. */
const char *ra_colour_name(int c);

/*
 * Splits s at white space into at most max words, stored in w as byte
 * spans of s. Returns how many.
 */
int ra_spans_split(const char *s, ra_span *w, int max);

/*
 * Returns a lower-cased copy of s that the caller frees with free(), or
 * NULL when out of memory.
 */
char *ra_lower_dup(const char *s);

#endif /* RA_PROMPT_H */
