/* Phases not written yet. */
#include "compile.h"
