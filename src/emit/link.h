/* Linking objects with the runtime into a static executable with the system
 * linker. */
#ifndef RUSTG_EMIT_LINK_H
#define RUSTG_EMIT_LINK_H

#include <stddef.h>
#include <stdint.h>

struct elf_object;

/* Runs `ld -static -nostdlib -o OUT obj_path rt.o`, where rt.o holds
 * rt_obj (the runtime object embedded in the compiler) in a private
 * temporary directory. The environment variable RUSTG_VK_LD names another
 * linker program. The linker's own messages go to stderr. out_path is
 * replaced only by a complete executable; on failure it is left as it was
 * and no partial output remains. Returns 0, or -1 with a message in err. */
int link_executable(const char *out_path, const char *obj_path,
                    const uint8_t *rt_obj, size_t rt_obj_size, char *err,
                    size_t errlen);

/* Writes obj into a private temporary directory and links it as
 * link_executable does; nothing but out_path is left behind. */
int link_object_to_executable(const char *out_path,
                              const struct elf_object *obj,
                              const uint8_t *rt_obj, size_t rt_obj_size,
                              char *err, size_t errlen);

#endif
