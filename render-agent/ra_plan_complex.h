/*
 * ra_plan_complex: requests about complex numbers on the plane: plotting
 * numbers written like 3 + 2i, adding them, multiplying them (a rotation
 * by the argument and a scaling by the modulus), the conjugate, the
 * modulus and argument, and the n-th roots of unity. The numbers are read
 * from the request's text as values only; every result is computed here.
 */
#ifndef RA_PLAN_COMPLEX_H
#define RA_PLAN_COMPLEX_H

#include <stddef.h>

#include "ra_plan_vectors.h"
#include "ra_prompt.h"

#define RA_CX_MAX 3        /* numbers read from one request */
#define RA_CX_MAX_ROOTS 12 /* largest n for the roots of unity */

typedef enum {
    RA_CX_NONE = -1,
    RA_CX_PLOT,    /* the numbers as points and arrows */
    RA_CX_ADD,     /* z + w, tip to tail */
    RA_CX_MUL,     /* z w: rotate by arg w, scale by |w| */
    RA_CX_CONJ,    /* z and its conjugate */
    RA_CX_MODULUS, /* |z| and arg z */
    RA_CX_ROOTS    /* the n-th roots of unity */
} ra_cx_kind;

typedef struct ra_cx_plan {
    ra_cx_kind kind;        /* what is shown */
    double z[RA_CX_MAX][2]; /* the numbers: real, imaginary part */
    int n;                  /* how many */
    int defaulted;          /* none was given: examples are used */
    double result[2];       /* z + w, z w or the conjugate */
    int roots;              /* n of the roots of unity */
    ra_plane_geom pg;       /* the complex plane */
} ra_cx_plan;

/*
 * Returns what the request asks about complex numbers, or RA_CX_NONE:
 * it must say complex, imaginary, Argand or roots of unity, or write a
 * number such as 3 + 2i.
 */
ra_cx_kind ra_cx_kind_of(const char *prompt, const ra_words *ws);

/*
 * Fills *cp for a request of that kind. Returns 0, or -1 with a sentence
 * for a person in why (size n).
 */
int ra_plan_complex(ra_cx_plan *cp, ra_cx_kind kind, const char *prompt,
                    const ra_words *ws, char *why, size_t n);

#endif /* RA_PLAN_COMPLEX_H */
