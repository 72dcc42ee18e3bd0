#include "vk/dispatch.h"
#include "vk/pipeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int start_buffer(struct vk_rec *rec, char *err, size_t errlen)
{
    VkCommandBufferBeginInfo bi = {.sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
                                   .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT};
    if (vk_check(vkBeginCommandBuffer(rec->cmd, &bi), "vkBeginCommandBuffer", err, errlen))
        return -1;
    if (rec->queries) {
        vkCmdResetQueryPool(rec->cmd, rec->queries, 0, VK_REC_MAX_PASSES + 1);
        vkCmdWriteTimestamp(rec->cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, rec->queries, 0);
    }
    rec->npasses = 0;
    return 0;
}

int vk_rec_begin(struct vk_rec *rec, struct vk_context *ctx, char *err, size_t errlen)
{
    memset(rec, 0, sizeof *rec);
    rec->ctx = ctx;
    VkCommandBufferAllocateInfo ai = {
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
        .commandPool = ctx->cmd_pool,
        .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
        .commandBufferCount = 1,
    };
    if (vk_check(vkAllocateCommandBuffers(ctx->device, &ai, &rec->cmd), "vkAllocateCommandBuffers", err, errlen))
        return -1;
    if (ctx->timestamps_ok) {
        VkQueryPoolCreateInfo qi = {
            .sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO,
            .queryType = VK_QUERY_TYPE_TIMESTAMP,
            .queryCount = VK_REC_MAX_PASSES + 1,
        };
        if (vk_check(vkCreateQueryPool(ctx->device, &qi, NULL, &rec->queries), "vkCreateQueryPool", err, errlen))
            return -1;
    }
    return start_buffer(rec, err, errlen);
}

/* Every pass may read what any earlier one wrote: one full barrier between
 * passes keeps the ordering simple and validation-clean. */
static void barrier(struct vk_rec *rec)
{
    VkMemoryBarrier mb = {
        .sType = VK_STRUCTURE_TYPE_MEMORY_BARRIER,
        .srcAccessMask = VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_WRITE_BIT,
        .dstAccessMask = VK_ACCESS_SHADER_READ_BIT | VK_ACCESS_SHADER_WRITE_BIT | VK_ACCESS_TRANSFER_READ_BIT |
                         VK_ACCESS_TRANSFER_WRITE_BIT | VK_ACCESS_INDIRECT_COMMAND_READ_BIT,
    };
    vkCmdPipelineBarrier(rec->cmd, VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT,
                         VK_PIPELINE_STAGE_COMPUTE_SHADER_BIT | VK_PIPELINE_STAGE_TRANSFER_BIT |
                             VK_PIPELINE_STAGE_DRAW_INDIRECT_BIT,
                         0, 1, &mb, 0, NULL, 0, NULL);
}

static void fail(struct vk_rec *rec, const char *msg)
{
    if (!rec->failed)
        snprintf(rec->err, sizeof rec->err, "%s", msg);
    rec->failed = 1;
}

static void mark(struct vk_rec *rec, const char *phase, const char *pass)
{
    if (rec->npasses >= VK_REC_MAX_PASSES) {
        fail(rec, "internal error: too many passes in one submit");
        return;
    }
    rec->phase[rec->npasses] = phase;
    rec->pass[rec->npasses] = pass;
    rec->npasses++;
    if (rec->queries)
        vkCmdWriteTimestamp(rec->cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, rec->queries, rec->npasses);
}

static int bind(struct vk_rec *rec, const char *name, const void *push, uint32_t push_size)
{
    char err[256];
    VkPipeline p = vk_pipeline(rec->ctx, name, err, sizeof err);
    if (!p) {
        fail(rec, err);
        return -1;
    }
    barrier(rec);
    vkCmdBindPipeline(rec->cmd, VK_PIPELINE_BIND_POINT_COMPUTE, p);
    if (push_size)
        vkCmdPushConstants(rec->cmd, rec->ctx->layout, VK_SHADER_STAGE_COMPUTE_BIT, 0, push_size, push);
    return 0;
}

void vk_rec_dispatch(struct vk_rec *rec, const char *phase, const char *name, const void *push, uint32_t push_size,
                     uint64_t groups)
{
    if (rec->failed || groups == 0)
        return;
    uint64_t maxx = rec->ctx->max_groups_x;
    uint64_t x = groups < maxx ? groups : maxx;
    uint64_t y = (groups + x - 1) / x;
    if (y > rec->ctx->props.limits.maxComputeWorkGroupCount[1]) {
        fail(rec, "input too large for this device: dispatch exceeds the workgroup count limits");
        return;
    }
    if (bind(rec, name, push, push_size))
        return;
    vkCmdDispatch(rec->cmd, (uint32_t)x, (uint32_t)y, 1);
    mark(rec, phase, name);
}

void vk_rec_dispatch_indirect(struct vk_rec *rec, const char *phase, const char *name, const void *push,
                              uint32_t push_size, const struct vk_buf *args, VkDeviceSize offset)
{
    if (rec->failed || bind(rec, name, push, push_size))
        return;
    vkCmdDispatchIndirect(rec->cmd, args->buf, offset);
    mark(rec, phase, name);
}

void vk_rec_fill(struct vk_rec *rec, const struct vk_buf *b, VkDeviceSize off, VkDeviceSize size, uint32_t value)
{
    if (rec->failed || size == 0)
        return;
    barrier(rec);
    vkCmdFillBuffer(rec->cmd, b->buf, off, (size + 3) & ~(VkDeviceSize)3, value);
}

void vk_rec_copy(struct vk_rec *rec, const struct vk_buf *src, VkDeviceSize soff, const struct vk_buf *dst,
                 VkDeviceSize doff, VkDeviceSize size)
{
    if (rec->failed || size == 0)
        return;
    barrier(rec);
    VkBufferCopy region = {.srcOffset = soff, .dstOffset = doff, .size = size};
    vkCmdCopyBuffer(rec->cmd, src->buf, dst->buf, 1, &region);
}

static void record_times(struct vk_rec *rec)
{
    struct vk_context *ctx = rec->ctx;
    uint64_t ts[VK_REC_MAX_PASSES + 1];
    int have = rec->queries &&
               vkGetQueryPoolResults(ctx->device, rec->queries, 0, rec->npasses + 1, sizeof ts, ts, sizeof ts[0],
                                     VK_QUERY_RESULT_64_BIT | VK_QUERY_RESULT_WAIT_BIT) == VK_SUCCESS;
    if (ctx->time_count + (int)rec->npasses > ctx->time_cap) {
        int cap = ctx->time_cap ? ctx->time_cap * 2 : 256;
        while (cap < ctx->time_count + (int)rec->npasses)
            cap *= 2;
        struct vk_pass_time *t = realloc(ctx->times, (size_t)cap * sizeof *t);
        if (!t)
            return;
        ctx->times = t;
        ctx->time_cap = cap;
    }
    for (uint32_t i = 0; i < rec->npasses; i++) {
        struct vk_pass_time *t = &ctx->times[ctx->time_count++];
        t->phase = rec->phase[i];
        t->pass = rec->pass[i];
        t->ms = have ? (double)(ts[i + 1] - ts[i]) * ctx->timestamp_period_ns * 1e-6 : 0.0;
    }
}

int vk_rec_submit(struct vk_rec *rec, char *err, size_t errlen)
{
    if (rec->failed) {
        snprintf(err, errlen, "%s", rec->err);
        return -1;
    }
    barrier(rec);
    if (vk_check(vkEndCommandBuffer(rec->cmd), "vkEndCommandBuffer", err, errlen))
        return -1;
    VkSubmitInfo si = {.sType = VK_STRUCTURE_TYPE_SUBMIT_INFO, .commandBufferCount = 1, .pCommandBuffers = &rec->cmd};
    if (vk_check(vkQueueSubmit(rec->ctx->queue, 1, &si, VK_NULL_HANDLE), "vkQueueSubmit", err, errlen))
        return -1;
    VkResult r = vkQueueWaitIdle(rec->ctx->queue);
    if (r == VK_ERROR_DEVICE_LOST) {
        snprintf(err, errlen, "the Vulkan device was lost while compiling (driver crash or timeout)");
        return -1;
    }
    if (vk_check(r, "vkQueueWaitIdle", err, errlen))
        return -1;
    record_times(rec);
    if (vk_check(vkResetCommandBuffer(rec->cmd, 0), "vkResetCommandBuffer", err, errlen))
        return -1;
    return start_buffer(rec, err, errlen);
}

void vk_rec_end(struct vk_rec *rec)
{
    if (!rec->ctx)
        return;
    vkDeviceWaitIdle(rec->ctx->device);
    if (rec->queries)
        vkDestroyQueryPool(rec->ctx->device, rec->queries, NULL);
    if (rec->cmd)
        vkFreeCommandBuffers(rec->ctx->device, rec->ctx->cmd_pool, 1, &rec->cmd);
    memset(rec, 0, sizeof *rec);
}
