/* Device buffers, addressed from shaders by buffer device address so that no
 * binding range limit (128 MiB on lavapipe) applies. */
#ifndef RUSTG_VK_BUFFER_H
#define RUSTG_VK_BUFFER_H

#include "vk/context.h"

struct vk_buf {
    VkBuffer buf;
    VkDeviceMemory mem;
    VkDeviceAddress addr;
    VkDeviceSize size;
    void *map;                     /* non-NULL when the memory is host-visible */
};

int vk_buf_alloc(struct vk_context *ctx, struct vk_buf *b, VkDeviceSize size, char *err, size_t errlen);
void vk_buf_free(struct vk_context *ctx, struct vk_buf *b);
/* Blocking copies; callers use them a few times per compile, never per element. */
int vk_buf_upload(struct vk_context *ctx, struct vk_buf *b, VkDeviceSize off, const void *src, VkDeviceSize size,
                  char *err, size_t errlen);
int vk_buf_download(struct vk_context *ctx, const struct vk_buf *b, VkDeviceSize off, void *dst, VkDeviceSize size,
                    char *err, size_t errlen);

#endif
