/*
 * ra_plan_eigen: eigenvalues and eigenvectors of a 2x2 matrix. See
 * ra_plan_eigen.h.
 */
#include "ra_plan_eigen.h"

#include <math.h>
#include <string.h>

#include "ra_prompt_numbers.h"

#define EPS 1e-9       /* below this a difference is rounding */
#define ARROW_SIZE 2.0 /* largest component of an arrow drawn */

/* The example used when the request writes no matrix. */
static const double example[2][2] = {{2, 1}, {1, 2}};

/* A request to prove something is more than a scene can answer. */
static const char *const proof_words[] = {"prove", "proves", "proof", "proofs",
                                          NULL};

int ra_eigen_asked(const ra_words *ws)
{
    return ra_words_has_stem(ws, "eigen") &&
           !ra_words_has_any(ws, proof_words);
}

/* Whether the request speaks of a matrix larger than 2x2: "3x3", "3 by
 * 3", or a row of three numbers. */
static int larger_than_2x2(const char *prompt, const ra_words *ws)
{
    ra_tuple t[4];
    int i, k, n = ra_find_tuples(prompt, t, 4);

    for (k = 0; k < n; k++)
        if (t[k].n > 2)
            return 1;
    for (i = 0; i + 2 < ws->n; i++)
        if (ra_word_is(ws, i, "#") && ws->v[i].num >= 3 &&
            (ra_word_is(ws, i + 1, "x") || ra_word_is(ws, i + 1, "by")) &&
            ra_word_is(ws, i + 2, "#"))
            return 1;
    return 0;
}

/* v scaled so that its largest component is 1, pointing right (or up). */
static void normalise(double v[2])
{
    double big = fmax(fabs(v[0]), fabs(v[1]));
    int k;

    if (fabs(v[0]) < EPS * big ? v[1] < 0 : v[0] < 0)
        big = -big;
    for (k = 0; k < 2; k++) {
        v[k] /= big;
        if (fabs(v[k] - nearbyint(v[k])) < EPS)
            v[k] = nearbyint(v[k]);
    }
}

/* A vector on the line of eigenvalue l: the null vector of the larger
 * row of m - l I. */
static void eigenvector(const double m[2][2], double l, double v[2])
{
    double r0[2] = {m[0][0] - l, m[0][1]}, r1[2] = {m[1][0], m[1][1] - l};
    const double *r = hypot(r0[0], r0[1]) >= hypot(r1[0], r1[1]) ? r0 : r1;

    v[0] = r[1];
    v[1] = -r[0];
    normalise(v);
}

static void apply(const double m[2][2], const double v[2], double out[2])
{
    out[0] = m[0][0] * v[0] + m[0][1] * v[1];
    out[1] = m[1][0] * v[0] + m[1][1] * v[1];
}

/* Whether u and v point along clearly different lines (over 15 deg). */
static int off_line(const double u[2], const double v[2])
{
    return fabs(u[0] * v[1] - u[1] * v[0]) > sin(15 * 3.14159265358979 / 180) *
                                                 hypot(u[0], u[1]) *
                                                 hypot(v[0], v[1]);
}

/* The other vector: the first of a few simple ones off every line. */
static void pick_other(ra_eigen_plan *ep)
{
    static const double candidates[][2] = {{2, 0}, {0, 2},  {2, 1},
                                           {1, 2}, {2, -1}, {-1, 2}};
    size_t c;
    int k, ok;

    for (c = 0; c < sizeof(candidates) / sizeof(candidates[0]); c++) {
        for (ok = 1, k = 0; k < ep->lines; k++)
            ok &= off_line(candidates[c], ep->dir[k]);
        if (ok)
            break;
    }
    memcpy(ep->arrow[ep->lines], candidates[c], sizeof(candidates[c]));
    ep->arrows = ep->lines + 1;
}

/* The eigenvalues and their lines; 0, or -1 when they are complex. */
static int solve(ra_eigen_plan *ep)
{
    const double(*m)[2] = (const double(*)[2])ep->m;
    double gap = m[0][0] - m[1][1];
    double disc = gap * gap + 4 * m[0][1] * m[1][0], root;

    ep->trace = m[0][0] + m[1][1];
    ep->det = m[0][0] * m[1][1] - m[0][1] * m[1][0];
    if (disc < -EPS)
        return -1;
    root = disc > EPS ? sqrt(disc) : 0;
    ep->lambda[0] = (ep->trace + root) / 2;
    ep->lambda[1] = (ep->trace - root) / 2;
    ep->scalar = root == 0 && fabs(m[0][1]) < EPS && fabs(m[1][0]) < EPS;
    if (ep->scalar) {
        ep->dir[0][0] = ep->dir[1][1] = 1; /* every line: show the axes */
        ep->lines = 2;
        return 0;
    }
    ep->lines = root > 0 ? 2 : 1;
    eigenvector(m, ep->lambda[0], ep->dir[0]);
    if (ep->lines == 2)
        eigenvector(m, ep->lambda[1], ep->dir[1]);
    return 0;
}

/* The arrows, their images, the plane and the free corner. */
static void layout(ra_eigen_plan *ep)
{
    static const char *const corners[] = {"UR", "UL", "DL", "DR"};
    int busy[4] = {0, 0, 0, 0}, k, j, best = 1;
    double ex = 1, ey = 1;

    for (k = 0; k < ep->lines; k++)
        for (j = 0; j < 2; j++)
            ep->arrow[k][j] = ARROW_SIZE * ep->dir[k][j];
    if (!ep->scalar)
        pick_other(ep);
    else
        ep->arrows = ep->lines;
    for (k = 0; k < ep->arrows; k++) {
        apply((const double(*)[2])ep->m, ep->arrow[k], ep->image[k]);
        for (j = 0; j < 2; j++) {
            const double *p = j ? ep->image[k] : ep->arrow[k];

            ex = fmax(ex, fabs(p[0]));
            ey = fmax(ey, fabs(p[1]));
            if (fabs(p[0]) > EPS || fabs(p[1]) > EPS)
                busy[(p[1] >= 0 ? (p[0] >= 0 ? 0 : 1) : (p[0] < 0 ? 2 : 3))]++;
        }
    }
    for (k = 0; k < 4; k++) /* the top left, unless it is busier */
        if (busy[k] < busy[best])
            best = k;
    ep->corner = corners[best];
    ra_plane_fit(&ep->pg, ex, ey, 1.0);
}

int ra_plan_eigen(ra_eigen_plan *ep, const char *prompt, const ra_words *ws,
                  char *why, size_t n)
{
    ra_span at;
    int r, c;

    memset(ep, 0, sizeof(*ep));
    ep->given = ra_find_matrix(prompt, ep->m, &at);
    if (!ep->given && larger_than_2x2(prompt, ws))
        return ra_plan_refuse(why, n,
                              "Eigenvectors are shown for 2x2 matrices "
                              "acting on the plane, written like [[2, 1], "
                              "[1, 2]].");
    if (!ep->given)
        memcpy(ep->m, example, sizeof(example));
    for (r = 0; r < 2; r++)
        for (c = 0; c < 2; c++)
            if (!(fabs(ep->m[r][c]) <= RA_EIGEN_ENTRY_LIMIT))
                return ra_plan_refuse(
                    why, n,
                    "The entries of the matrix must be between -%g and "
                    "%g for its eigenvectors to be shown.",
                    RA_EIGEN_ENTRY_LIMIT, RA_EIGEN_ENTRY_LIMIT);
    if (solve(ep) != 0)
        return ra_plan_refuse(
            why, n,
            "This matrix has complex eigenvalues (%.4g +- %.4gi): it turns "
            "every vector of the plane, so no real vector stays on its "
            "own line and there are no real eigenvectors to show. Try a "
            "matrix with real eigenvalues, such as [[2, 1], [1, 2]].",
            ep->trace / 2,
            sqrt(fabs((ep->m[0][0] - ep->m[1][1]) *
                          (ep->m[0][0] - ep->m[1][1]) +
                      4 * ep->m[0][1] * ep->m[1][0])) /
                2);
    layout(ep);
    return 0;
}
