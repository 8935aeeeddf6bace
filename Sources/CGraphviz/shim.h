// The parts of Graphviz's C API that NewsGraphRender uses, with accessors for the globals
// that Swift 6 cannot read directly (it refuses mutable C globals).
#ifndef NEWSGRAPH_CGRAPHVIZ_SHIM_H
#define NEWSGRAPH_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The descriptor of a directed, non-strict graph (cgraph's `Agdirected`).
static inline Agdesc_t newsgraph_directed(void) { return Agdirected; }

#endif
