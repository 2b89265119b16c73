#ifndef DLI_TUTOR_CNCURSES_SHIM_H
#define DLI_TUTOR_CNCURSES_SHIM_H

// The wide-character API of curses (get_wch, mvaddwstr, cchar_t). These two
// defines are all it needs: pkg-config's other flags for ncursesw
// (-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600) are what glibc does by default and
// SwiftPM refuses them anyway, so the package declares no pkgConfig.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#if defined(__APPLE__)
#include <util.h>
#include <curses.h>
#else
#include <pty.h>
#include <ncursesw/curses.h>
#endif

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

// Drawing and input helpers for the TUI backend (Sources/dli-tutor/TUI/Backend),
// the only Swift code that calls curses.
static inline int dt_set_style(attr_t attrs, short pair) { return wattr_set(stdscr, attrs, pair, NULL); }
static inline int dt_put(int y, int x, const wchar_t *text, int count) { return mvwaddnwstr(stdscr, y, x, text, count); }
static inline int dt_move(int y, int x) { return wmove(stdscr, y, x); }
static inline int dt_get_wch(wint_t *out) { return wget_wch(stdscr, out); }
static inline void dt_timeout(int ms) { wtimeout(stdscr, ms); }
static inline int dt_refresh(void) { return wrefresh(stdscr); }
/// The columns the C library (and so curses) gives `count` wide characters.
static inline int dt_wcswidth(const wchar_t *text, int count) { return wcswidth(text, (size_t)count); }
static inline int dt_clearok(int on) { return clearok(stdscr, on ? TRUE : FALSE); }
static inline int dt_keypad(int on) { return keypad(stdscr, on ? TRUE : FALSE); }
static inline int dt_key_code_yes(void) { return KEY_CODE_YES; }
static inline int dt_err(void) { return ERR; }
static inline int dt_colors(void) { return COLORS; }
static inline int dt_color_pairs(void) { return COLOR_PAIRS; }
/// The buttons of a mouse event, or 0 when no event could be read.
static inline mmask_t dt_mouse_buttons(void) {
    MEVENT event;
    return getmouse(&event) == OK ? event.bstate : 0;
}

/// Opens a pseudo-terminal of the given size (for the start-up benchmark).
static inline int dt_open_pty(int *master, int *slave, int rows, int columns) {
    struct winsize size = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)columns };
    return openpty(master, slave, NULL, NULL, &size);
}

#endif
