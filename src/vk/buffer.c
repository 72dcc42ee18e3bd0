#include "vk/buffer.h"

#include <stdio.h>
#include <string.h>

static int find_memory(struct vk_context *ctx, uint32_t bits, VkMemoryPropertyFlags want)
{
    for (uint32_t i = 0; i < ctx->mem_props.memoryTypeCount; i++)
        if ((bits & (1u << i)) && (ctx->mem_props.memoryTypes[i].propertyFlags & want) == want)
            return (int)i;
    return -1;
}

static int alloc_with(struct vk_context *ctx, struct vk_buf *b, VkDeviceSize size, int host_only, char *err,
                      size_t errlen)
{
    memset(b, 0, sizeof *b);
    if (size < 16)
        size = 16;
    size = (size + 15) & ~(VkDeviceSize)15;
    VkBufferCreateInfo bci = {
        .sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO,
        .size = size,
        .usage = VK_BUFFER_USAGE_STORAGE_BUFFER_BIT | VK_BUFFER_USAGE_SHADER_DEVICE_ADDRESS_BIT |
                 VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_TRANSFER_DST_BIT |
                 VK_BUFFER_USAGE_INDIRECT_BUFFER_BIT,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
    };
    if (vk_check(vkCreateBuffer(ctx->device, &bci, NULL, &b->buf), "vkCreateBuffer", err, errlen))
        return -1;
    VkMemoryRequirements req;
    vkGetBufferMemoryRequirements(ctx->device, b->buf, &req);
    const VkMemoryPropertyFlags hv = VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    int type = -1;
    if (!host_only) /* device-local and mappable (lavapipe, unified memory), else device-local */
        type = find_memory(ctx, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT | hv);
    if (type < 0 && !host_only)
        type = find_memory(ctx, req.memoryTypeBits, VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT);
    if (type < 0)
        type = find_memory(ctx, req.memoryTypeBits, hv);
    if (type < 0) {
        snprintf(err, errlen, "no suitable Vulkan memory type");
        return -1;
    }
    VkMemoryAllocateFlagsInfo flags = {
        .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_FLAGS_INFO,
        .flags = VK_MEMORY_ALLOCATE_DEVICE_ADDRESS_BIT,
    };
    VkMemoryAllocateInfo mai = {
        .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO,
        .pNext = &flags,
        .allocationSize = req.size,
        .memoryTypeIndex = (uint32_t)type,
    };
    VkResult r = vkAllocateMemory(ctx->device, &mai, NULL, &b->mem);
    if (r == VK_ERROR_OUT_OF_DEVICE_MEMORY || r == VK_ERROR_OUT_OF_HOST_MEMORY) {
        snprintf(err, errlen, "input too large for this device: could not allocate %llu MiB of device memory",
                 (unsigned long long)(size >> 20));
        vkDestroyBuffer(ctx->device, b->buf, NULL);
        b->buf = VK_NULL_HANDLE;
        return -1;
    }
    if (vk_check(r, "vkAllocateMemory", err, errlen))
        return -1;
    if (vk_check(vkBindBufferMemory(ctx->device, b->buf, b->mem, 0), "vkBindBufferMemory", err, errlen))
        return -1;
    if ((ctx->mem_props.memoryTypes[type].propertyFlags & hv) == hv &&
        vk_check(vkMapMemory(ctx->device, b->mem, 0, VK_WHOLE_SIZE, 0, &b->map), "vkMapMemory", err, errlen))
        return -1;
    VkBufferDeviceAddressInfo ai = {.sType = VK_STRUCTURE_TYPE_BUFFER_DEVICE_ADDRESS_INFO, .buffer = b->buf};
    b->addr = vkGetBufferDeviceAddress(ctx->device, &ai);
    b->size = size;
    return 0;
}

int vk_buf_alloc(struct vk_context *ctx, struct vk_buf *b, VkDeviceSize size, char *err, size_t errlen)
{
    return alloc_with(ctx, b, size, 0, err, errlen);
}

void vk_buf_free(struct vk_context *ctx, struct vk_buf *b)
{
    if (b->map)
        vkUnmapMemory(ctx->device, b->mem);
    if (b->buf)
        vkDestroyBuffer(ctx->device, b->buf, NULL);
    if (b->mem)
        vkFreeMemory(ctx->device, b->mem, NULL);
    memset(b, 0, sizeof *b);
}

/* One-shot transfer through a host-visible staging buffer, for devices whose
 * device-local memory is not mappable. */
static int staged_copy(struct vk_context *ctx, const struct vk_buf *dev, VkDeviceSize off, void *host,
                       VkDeviceSize size, int to_device, char *err, size_t errlen)
{
    struct vk_buf st;
    if (alloc_with(ctx, &st, size, 1, err, errlen))
        return -1;
    if (to_device)
        memcpy(st.map, host, size);
    VkCommandBufferAllocateInfo ai = {
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = ctx->cmd_pool,
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1,
    };
    VkCommandBuffer cmd;
    int rc = -1;
    if (vk_check(vkAllocateCommandBuffers(ctx->device, &ai, &cmd), "vkAllocateCommandBuffers", err, errlen))
        goto out;
    VkCommandBufferBeginInfo bi = {.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
                                   .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT};
    vkBeginCommandBuffer(cmd, &bi);
    VkBufferCopy region = {.srcOffset = to_device ? 0 : off, .dstOffset = to_device ? off : 0, .size = size};
    vkCmdCopyBuffer(cmd, to_device ? st.buf : dev->buf, to_device ? dev->buf : st.buf, 1, &region);
    vkEndCommandBuffer(cmd);
    VkSubmitInfo si = {.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO, .commandBufferCount = 1, .pCommandBuffers = &cmd};
    if (!vk_check(vkQueueSubmit(ctx->queue, 1, &si, VK_NULL_HANDLE), "vkQueueSubmit", err, errlen) &&
        !vk_check(vkQueueWaitIdle(ctx->queue), "vkQueueWaitIdle", err, errlen)) {
        if (!to_device)
            memcpy(host, st.map, size);
        rc = 0;
    }
    vkFreeCommandBuffers(ctx->device, ctx->cmd_pool, 1, &cmd);
out:
    vk_buf_free(ctx, &st);
    return rc;
}

int vk_buf_upload(struct vk_context *ctx, struct vk_buf *b, VkDeviceSize off, const void *src, VkDeviceSize size,
                  char *err, size_t errlen)
{
    if (size == 0)
        return 0;
    if (b->map) {
        memcpy((char *)b->map + off, src, size);
        return 0;
    }
    return staged_copy(ctx, b, off, (void *)src, size, 1, err, errlen);
}

int vk_buf_download(struct vk_context *ctx, const struct vk_buf *b, VkDeviceSize off, void *dst, VkDeviceSize size,
                    char *err, size_t errlen)
{
    if (size == 0)
        return 0;
    if (b->map) {
        memcpy(dst, (const char *)b->map + off, size);
        return 0;
    }
    return staged_copy(ctx, b, off, dst, size, 0, err, errlen);
}
