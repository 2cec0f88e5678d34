/*
 * ra_plan_eigen: eigenvalues and eigenvectors of a real 2x2 matrix ("the
 * eigenvectors of [[1, 0.5], [0.5, 1]]", "eigenvalues of [[2, 1], [1,
 * 2]]"). The matrix is read from the request as numbers; the eigenvalues,
 * one vector on each eigenvector line, a vector that is knocked off its
 * line for contrast, their images and the plane that shows them all are
 * computed here. Repeated eigenvalues give one line, or every line for a
 * multiple of the identity; complex ones are refused with the reason.
 */
#ifndef RA_PLAN_EIGEN_H
#define RA_PLAN_EIGEN_H

#include <stddef.h>

#include "ra_plan_vectors.h"
#include "ra_prompt.h"

#define RA_EIGEN_ENTRY_LIMIT 10.0 /* largest |entry| of the matrix */

typedef struct ra_eigen_plan {
    double m[2][2];     /* the matrix, m[row][column] */
    int given;          /* written in the request (else an example) */
    double trace, det;  /* of the matrix */
    double lambda[2];   /* the eigenvalues, largest first */
    int lines;          /* eigenvector lines shown: 1 or 2 */
    int scalar;         /* a multiple of the identity: every vector is
                           an eigenvector */
    double dir[2][2];   /* a vector on each line, largest component 1 */
    double arrow[3][2]; /* the arrows drawn: one per line, then the
                           other vector */
    double image[3][2]; /* where the matrix sends each */
    int arrows;         /* how many arrows: lines + 1 (the other) */
    const char *corner; /* "UL", "UR", "DL" or "DR": the corner whose
                           quadrant the arrows leave free, for the card */
    ra_plane_geom pg;   /* the plane */
} ra_eigen_plan;

/* Returns 1 if the request names eigenvalues or eigenvectors, else 0. */
int ra_eigen_asked(const ra_words *ws);

/*
 * Fills *ep from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n): a matrix larger than 2x2, entries beyond
 * RA_EIGEN_ENTRY_LIMIT, or complex eigenvalues (a turn that leaves no
 * real vector on its line).
 */
int ra_plan_eigen(ra_eigen_plan *ep, const char *prompt, const ra_words *ws,
                  char *why, size_t n);

#endif /* RA_PLAN_EIGEN_H */
