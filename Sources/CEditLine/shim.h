// Non-variadic wrappers around libedit's variadic el_set/el_get/history, which Swift
// cannot call, and el_init, whose stdin/stdout/stderr Swift 6 cannot name.
#ifndef DATELINE_CEDITLINE_SHIM_H
#define DATELINE_CEDITLINE_SHIM_H

#include <stdio.h>
#include <histedit.h>

typedef char *(*dl_prompt_fn)(EditLine *);
typedef unsigned char (*dl_command_fn)(EditLine *, int);

static inline EditLine *dl_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}
static inline int dl_el_set_prompt(EditLine *el, dl_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int dl_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
static inline int dl_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int dl_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int dl_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *dl_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int dl_el_add_function(EditLine *el, const char *name, const char *help, dl_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int dl_el_bind(EditLine *el, const char *key, const char *name) {
    return el_set(el, EL_BIND, key, name, NULL);
}

static inline int dl_history_setsize(History *h, HistEvent *ev, int size) { return history(h, ev, H_SETSIZE, size); }
static inline int dl_history_setunique(History *h, HistEvent *ev, int unique) { return history(h, ev, H_SETUNIQUE, unique); }
static inline int dl_history_enter(History *h, HistEvent *ev, const char *line) { return history(h, ev, H_ENTER, line); }
static inline int dl_history_load(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_LOAD, path); }
static inline int dl_history_save(History *h, HistEvent *ev, const char *path) { return history(h, ev, H_SAVE, path); }

#endif
