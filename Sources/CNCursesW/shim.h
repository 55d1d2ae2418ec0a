#ifndef GLOSS_CNCURSESW_SHIM_H
#define GLOSS_CNCURSESW_SHIM_H
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* Accessors for ncurses globals and function-like macros, which Swift cannot import
   (macros) or rejects under strict concurrency (mutable globals). */

static inline WINDOW *gloss_stdscr(void) { return stdscr; }
static inline int gloss_lines(void) { return LINES; }
static inline int gloss_cols(void) { return COLS; }
static inline int gloss_colors(void) { return COLORS; }
static inline FILE *gloss_stdin(void) { return stdin; }
static inline FILE *gloss_stdout(void) { return stdout; }

/* The attribute bits for a cell, from flags. */
static inline attr_t gloss_attributes(int bold, int dim, int italic, int underline, int reverse) {
  attr_t attrs = A_NORMAL;
  if (bold) attrs |= A_BOLD;
  if (dim) attrs |= A_DIM;
  if (italic) attrs |= A_ITALIC;
  if (underline) attrs |= A_UNDERLINE;
  if (reverse) attrs |= A_REVERSE;
  return attrs;
}

/* Writes one cell: a spacing character and its combining marks (at most CCHARW_MAX wide
   characters, NUL-terminated) with attributes and an extended colour pair. */
static inline int gloss_put_cell(WINDOW *win, int y, int x, const wchar_t *wcs, attr_t attrs, int pair) {
  cchar_t cell;
  if (setcchar(&cell, wcs, attrs, 0, &pair) == ERR) return ERR;
  return mvwadd_wch(win, y, x, &cell);
}

/* The mouse events the reader asks for: button 1 clicks and the wheel. */
static inline mmask_t gloss_mouse_mask(void) {
  return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

/* What a mouse event is: 0 nothing the reader uses, 1 a click, 2 wheel up, 3 wheel down. */
static inline int gloss_mouse_kind(mmask_t state) {
  if (state & BUTTON4_PRESSED) return 2;
  if (state & BUTTON5_PRESSED) return 3;
  if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return 1;
  return 0;
}
#endif
