/* lex_unicode.h: Unicode letter / digit / printable tests for the lexer (see lex_unicode.c). */
#ifndef GOSUB_LEX_UNICODE_H
#define GOSUB_LEX_UNICODE_H

#include <stdbool.h>
#include <stdint.h>

bool lex_is_letter(uint32_t c); /* Unicode category L (ASCII: a-z A-Z; '_' is not included) */
bool lex_is_digit(uint32_t c);  /* Unicode category Nd */
bool lex_is_print(uint32_t c);  /* strconv.IsPrint */

#endif
