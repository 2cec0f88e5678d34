/*
 * ra_plan_chart: bar charts from the values (and optional names) written
 * in a request: "a bar chart of 3, 5, 2 and 8", "bar graph of sales: Jan
 * 10, Feb 15, Mar 8", "bar chart with apples 5, bananas 3, cherries 7",
 * pie charts of the same lists, and histograms that count how often each
 * value occurs in the data given. Names are kept as text for string
 * literals only; values are numbers.
 */
#ifndef RA_PLAN_CHART_H
#define RA_PLAN_CHART_H

#include <stddef.h>

#include "ra_prompt.h"

#define RA_CHART_MAX_BARS 12  /* bars in one chart */
#define RA_CHART_MAX_NAME 24  /* bytes of one bar's name */
#define RA_CHART_MAX_DATA 100 /* values a histogram counts */

typedef struct ra_chart_bar {
    double value;                     /* its height */
    char name[RA_CHART_MAX_NAME + 1]; /* its name as written, or "" */
    int colour;                       /* colour reference */
} ra_chart_bar;

typedef struct ra_chart_plan {
    ra_chart_bar bar[RA_CHART_MAX_BARS]; /* the bars in order */
    int n;                               /* how many */
    int histogram;                       /* values counted from data */
    int pie;                             /* a pie chart, not bars */
    double total;                        /* the sum of the values */
    int data_count;                      /* how many data values */
    char title[64];                      /* the chart's title, or "" */
    double ylo, yhi, ystep;              /* the value axis */
    int decimals;                        /* decimals of the axis numbers */
} ra_chart_plan;

/*
 * Returns 1 if the request asks for a bar chart, pie chart or histogram,
 * else 0.
 */
int ra_asks_chart(const ra_words *ws);

/*
 * Fills *cp from the request. Returns 0, or -1 with a sentence for a
 * person in why (size n) when there are no values or too many.
 */
int ra_plan_chart(ra_chart_plan *cp, const char *prompt, const ra_words *ws,
                  char *why, size_t n);

#endif /* RA_PLAN_CHART_H */
