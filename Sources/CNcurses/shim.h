#ifndef DLI_TUTOR_CNCURSES_SHIM_H
#define DLI_TUTOR_CNCURSES_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Swift cannot import function-like macros or the `stdscr` global in Swift 6
// mode, so the few we need are re-exported as inline functions.
static inline WINDOW *dt_stdscr(void) { return stdscr; }
static inline int dt_lines(void) { return LINES; }
static inline int dt_cols(void) { return COLS; }
static inline attr_t dt_attr_normal(void) { return A_NORMAL; }
static inline attr_t dt_attr_bold(void) { return A_BOLD; }
static inline attr_t dt_attr_dim(void) { return A_DIM; }
static inline attr_t dt_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t dt_attr_reverse(void) { return A_REVERSE; }
static inline attr_t dt_attr_italic(void) { return A_ITALIC; }
static inline attr_t dt_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t dt_wheel_up_mask(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t dt_wheel_down_mask(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t dt_wheel_down_mask(void) { return 0; }
#endif

#endif
