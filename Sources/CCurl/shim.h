#ifndef GLOSS_CCURL_SHIM_H
#define GLOSS_CCURL_SHIM_H
/* libcurl, loaded with dlopen on the first fetch rather than linked: linking it loads libcurl and
   the 30-odd libraries it needs (TLS, HTTP/2, IDN, LDAP, Kerberos...) at every start of gloss,
   about 3.6 ms, which the reader's first frame would pay without fetching anything. Only the
   headers (libcurl4-openssl-dev) are needed to build.

   libcurl's curl_easy_setopt and curl_easy_getinfo are also C variadic functions, which Swift
   cannot call; the typed wrappers below stand for the few kinds of argument Gloss passes. */
#include <curl/curl.h>
#include <dlfcn.h>
#include <stddef.h>

/* The libcurl functions Gloss calls, found by gloss_curl_load. */
struct gloss_curl_functions {
  CURLcode (*global_init)(long flags);
  CURL *(*easy_init)(void);
  void (*easy_cleanup)(CURL *handle);
  CURLcode (*easy_setopt)(CURL *handle, CURLoption option, ...);
  CURLcode (*easy_getinfo)(CURL *handle, CURLINFO info, ...);
  CURLcode (*easy_perform)(CURL *handle);
  const char *(*easy_strerror)(CURLcode code);
  CURLHcode (*easy_header)(CURL *handle, const char *name, size_t index, unsigned int origin, int request,
                           struct curl_header **header);
  struct curl_slist *(*slist_append)(struct curl_slist *list, const char *string);
  void (*slist_free_all)(struct curl_slist *list);
};

/* The one table of them (a static inside a function, since Swift emits no header globals). */
static inline struct gloss_curl_functions *gloss_curl_table(void) {
  static struct gloss_curl_functions table;
  return &table;
}

/* Loads libcurl and initialises it; 1 when it can be used. Called once, before any fetch. */
static inline int gloss_curl_load(void) {
  void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) return 0;
  struct gloss_curl_functions *f = gloss_curl_table();
  f->global_init = (CURLcode(*)(long))dlsym(library, "curl_global_init");
  f->easy_init = (CURL * (*)(void)) dlsym(library, "curl_easy_init");
  f->easy_cleanup = (void (*)(CURL *))dlsym(library, "curl_easy_cleanup");
  f->easy_setopt = (CURLcode(*)(CURL *, CURLoption, ...))dlsym(library, "curl_easy_setopt");
  f->easy_getinfo = (CURLcode(*)(CURL *, CURLINFO, ...))dlsym(library, "curl_easy_getinfo");
  f->easy_perform = (CURLcode(*)(CURL *))dlsym(library, "curl_easy_perform");
  f->easy_strerror = (const char *(*)(CURLcode))dlsym(library, "curl_easy_strerror");
  f->easy_header = (CURLHcode(*)(CURL *, const char *, size_t, unsigned int, int, struct curl_header **))dlsym(
      library, "curl_easy_header");
  f->slist_append = (struct curl_slist * (*)(struct curl_slist *, const char *)) dlsym(library, "curl_slist_append");
  f->slist_free_all = (void (*)(struct curl_slist *))dlsym(library, "curl_slist_free_all");
  if (!f->global_init || !f->easy_init || !f->easy_cleanup || !f->easy_setopt ||
      !f->easy_getinfo || !f->easy_perform || !f->easy_strerror || !f->easy_header ||
      !f->slist_append || !f->slist_free_all)
    return 0;
  return f->global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

static inline CURL *gloss_curl_easy_init(void) { return gloss_curl_table()->easy_init(); }
static inline void gloss_curl_easy_cleanup(CURL *handle) { gloss_curl_table()->easy_cleanup(handle); }
static inline CURLcode gloss_curl_easy_perform(CURL *handle) { return gloss_curl_table()->easy_perform(handle); }
static inline const char *gloss_curl_strerror(CURLcode code) { return gloss_curl_table()->easy_strerror(code); }

static inline struct curl_slist *gloss_curl_slist_append(struct curl_slist *list, const char *string) {
  return gloss_curl_table()->slist_append(list, string);
}

static inline void gloss_curl_slist_free_all(struct curl_slist *list) { gloss_curl_table()->slist_free_all(list); }

static inline CURLcode gloss_curl_set_long(CURL *handle, CURLoption option, long value) {
  return gloss_curl_table()->easy_setopt(handle, option, value);
}

static inline CURLcode gloss_curl_set_string(CURL *handle, CURLoption option, const char *value) {
  return gloss_curl_table()->easy_setopt(handle, option, value);
}

static inline CURLcode gloss_curl_set_pointer(CURL *handle, CURLoption option, void *value) {
  return gloss_curl_table()->easy_setopt(handle, option, value);
}

typedef size_t (*gloss_curl_write_function)(char *bytes, size_t size, size_t count, void *context);

static inline CURLcode gloss_curl_set_write_function(CURL *handle, gloss_curl_write_function function) {
  return gloss_curl_table()->easy_setopt(handle, CURLOPT_WRITEFUNCTION, function);
}

/* Stores what libcurl knows of `info` at `value`, which points to a long, a double, a string
   pointer or a curl_off_t as libcurl's documentation of `info` says. */
static inline CURLcode gloss_curl_info(CURL *handle, CURLINFO info, void *value) {
  return gloss_curl_table()->easy_getinfo(handle, info, value);
}

/* The value of header `name` in the last response (after any redirects), or NULL. */
static inline const char *gloss_curl_header(CURL *handle, const char *name) {
  struct curl_header *header = NULL;
  if (gloss_curl_table()->easy_header(handle, name, 0, CURLH_HEADER, -1, &header) != CURLHE_OK) return NULL;
  return header->value;
}
#endif
