/*
 * ra_llm_extract: the scene code and its explanation out of a model's
 * answer. Models answer in many shapes; accepted, in this order:
 *   - a JSON object {"code": ..., "explanation": ...}, bare, inside a
 *     ```json fence, or with stray prose around it;
 *   - a ```python (or ```py, or bare ```) fenced block, the prose around
 *     it being the explanation;
 *   - bare Python that defines a class (the whole answer is the code).
 */
#ifndef RA_LLM_EXTRACT_H
#define RA_LLM_EXTRACT_H

/* Used when the answer has code but no explanation. */
#define RA_LLM_DEFAULT_EXPLANATION "Scene written by the LLM code provider."

/* Returns 0 with *code and *explanation malloc'd, or -1 when the answer
 * holds no code. */
int ra_llm_extract(const char *answer, char **code, char **explanation);

#endif /* RA_LLM_EXTRACT_H */
