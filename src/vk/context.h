/* Vulkan instance, device choice and the one compute queue. */
#ifndef RUSTG_VK_CONTEXT_H
#define RUSTG_VK_CONTEXT_H

#include <volk.h>
#include <stddef.h>
#include <stdint.h>

#define VK_MAX_PIPELINES 128

struct vk_pipeline_slot {
    const char *name;
    VkPipeline pipeline;
};

struct vk_pass_time {
    const char *phase;
    const char *pass;
    double ms;
};

struct vk_context {
    VkInstance instance;
    VkPhysicalDevice phys;
    VkDevice device;
    VkQueue queue;
    uint32_t queue_family;
    VkCommandPool cmd_pool;
    VkPipelineLayout layout;       /* shared: push constants only, buffers by address */
    VkDebugUtilsMessengerEXT messenger;
    VkPhysicalDeviceProperties props;
    VkPhysicalDeviceMemoryProperties mem_props;
    uint32_t subgroup_size;
    uint32_t max_groups_x;
    double timestamp_period_ns;
    int timestamps_ok;
    int validation_messages;       /* counted by the debug messenger */
    struct vk_pipeline_slot pipelines[VK_MAX_PIPELINES];
    int pipeline_count;
    struct vk_pass_time *times;    /* GPU time of every recorded pass, in order */
    int time_count, time_cap;
};

/* Opens the device chosen by `selector` (index or name substring; NULL: the
 * RUSTG_VK_DEVICE variable, else the best kind). Returns 0, or -1 with `err`. */
int vk_context_init(struct vk_context *ctx, const char *selector, int validate, char *err, size_t errlen);
void vk_context_destroy(struct vk_context *ctx);
int vk_list_devices(char *err, size_t errlen);
int vk_check(VkResult r, const char *what, char *err, size_t errlen);

#endif
