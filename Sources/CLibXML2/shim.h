#ifndef GLOSS_CLIBXML2_SHIM_H
#define GLOSS_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so its encoding.h includes ICU's headers, whose UErrorCode
   clashes with the copy of ICU inside Swift's Foundation ("UErrorCode has different definitions in
   different modules"). Gloss never touches libxml2's encoding handlers (the only structures with
   ICU fields), so it reads the headers as if ICU were off. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* libxml2's error callbacks are C variadic functions, which Swift cannot write. These drop every
   message, so a broken page never prints to standard error. */
static void gloss_xml_ignore_generic(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

static void gloss_xml_ignore_structured(void *context, xmlErrorPtr error) {
  (void)context;
  (void)error;
}

/* Parses an HTML document from memory in `encoding` (an IANA name libxml2 knows, or NULL to let
   it guess), forgiving broken markup, silently and without the network. XML_PARSE_HUGE lifts the
   nesting limit (256) and the 10 MB limit on one text node; the HTML parser builds and frees
   deep trees without recursing. The caller frees the result with xmlFreeDoc. libxml2 keeps its
   error handlers per thread, so they are set on the calling thread each time. */
static inline htmlDocPtr gloss_html_read(const char *bytes, int size, const char *encoding) {
  xmlSetGenericErrorFunc(NULL, gloss_xml_ignore_generic);
  xmlSetStructuredErrorFunc(NULL, gloss_xml_ignore_structured);
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  return htmlReadMemory(bytes, size, NULL, encoding, options);
}

/* xmlFree is a global function pointer, which Swift's strict concurrency refuses to read. */
static inline void gloss_xml_free(void *memory) { xmlFree(memory); }
#endif
