/*
 * ra_llm_prompt: the messages sent to an LLM code provider: a system
 * prompt per style preset (the installed Manim version, the allowed
 * imports and APIs, what is forbidden, the answer's JSON shape, a few
 * curated examples) and the user messages for writing and repairing.
 */
#ifndef RA_LLM_PROMPT_H
#define RA_LLM_PROMPT_H

#include "mm_style.h"

/* The Manim the sandbox runs (the venv's version). */
#define RA_LLM_MANIM_VERSION "0.21.0"

/* The system prompt for `style` (malloc'd). */
char *ra_llm_system_prompt(const mm_style *style);

/* The user message asking for a scene for `prompt` (malloc'd). */
char *ra_llm_generate_message(const char *prompt);

/* The user message asking to repair `code` that failed with `logs`
 * (malloc'd); the logs are trimmed to their last few kilobytes. */
char *ra_llm_repair_message(const char *prompt, const char *code,
                            const char *logs);

#endif /* RA_LLM_PROMPT_H */
