#include "vk/context.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PUSH_CONSTANT_BYTES 128

int vk_check(VkResult r, const char *what, char *err, size_t errlen)
{
    if (r == VK_SUCCESS)
        return 0;
    snprintf(err, errlen, "Vulkan call %s failed (VkResult %d)", what, (int)r);
    return -1;
}

static const char *no_driver_message =
    "no Vulkan driver found; install one (on Debian: apt-get install mesa-vulkan-drivers "
    "for the CPU driver lavapipe, or your GPU vendor's Vulkan driver)";

static int load_loader(char *err, size_t errlen)
{
    if (volkInitialize() != VK_SUCCESS) {
        snprintf(err, errlen, "the Vulkan loader libvulkan.so.1 is missing; install it with: apt-get install libvulkan1 mesa-vulkan-drivers");
        return -1;
    }
    return 0;
}

static VKAPI_ATTR VkBool32 VKAPI_CALL on_validation(VkDebugUtilsMessageSeverityFlagBitsEXT severity,
                                                     VkDebugUtilsMessageTypeFlagsEXT type,
                                                     const VkDebugUtilsMessengerCallbackDataEXT *data,
                                                     void *user)
{
    (void)type;
    struct vk_context *ctx = user;
    if (severity >= VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT) {
        fprintf(stderr, "rustg-vk: Validation: %s\n", data->pMessage);
        ctx->validation_messages++;
    }
    return VK_FALSE;
}

static int create_instance(struct vk_context *ctx, int validate, char *err, size_t errlen)
{
    VkApplicationInfo app = {
        .sType = VK_STRUCTURE_TYPE_APPLICATION_INFO,
        .pApplicationName = "rustg-vk",
        .apiVersion = VK_API_VERSION_1_2,
    };
    const char *layers[] = {"VK_LAYER_KHRONOS_validation"};
    const char *exts[] = {VK_EXT_DEBUG_UTILS_EXTENSION_NAME};
    VkInstanceCreateInfo ci = {
        .sType = VK_STRUCTURE_TYPE_INSTANCE_CREATE_INFO,
        .pApplicationInfo = &app,
        .enabledLayerCount = validate ? 1 : 0,
        .ppEnabledLayerNames = layers,
        .enabledExtensionCount = validate ? 1 : 0,
        .ppEnabledExtensionNames = exts,
    };
    VkResult r = vkCreateInstance(&ci, NULL, &ctx->instance);
    if (r == VK_ERROR_INCOMPATIBLE_DRIVER) {
        snprintf(err, errlen, "%s", no_driver_message);
        return -1;
    }
    if (r == VK_ERROR_LAYER_NOT_PRESENT) {
        snprintf(err, errlen, "validation requested but VK_LAYER_KHRONOS_validation is missing; install vulkan-validationlayers");
        return -1;
    }
    if (vk_check(r, "vkCreateInstance", err, errlen))
        return -1;
    volkLoadInstance(ctx->instance);
    if (validate) {
        VkDebugUtilsMessengerCreateInfoEXT mi = {
            .sType = VK_STRUCTURE_TYPE_DEBUG_UTILS_MESSENGER_CREATE_INFO_EXT,
            .messageSeverity = VK_DEBUG_UTILS_MESSAGE_SEVERITY_WARNING_BIT_EXT |
                               VK_DEBUG_UTILS_MESSAGE_SEVERITY_ERROR_BIT_EXT,
            .messageType = VK_DEBUG_UTILS_MESSAGE_TYPE_GENERAL_BIT_EXT |
                           VK_DEBUG_UTILS_MESSAGE_TYPE_VALIDATION_BIT_EXT |
                           VK_DEBUG_UTILS_MESSAGE_TYPE_PERFORMANCE_BIT_EXT,
            .pfnUserCallback = on_validation,
            .pUserData = ctx,
        };
        if (vk_check(vkCreateDebugUtilsMessengerEXT(ctx->instance, &mi, NULL, &ctx->messenger),
                     "vkCreateDebugUtilsMessengerEXT", err, errlen))
            return -1;
    }
    return 0;
}

static int kind_rank(VkPhysicalDeviceType t)
{
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return 0;
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return 1;
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return 2;
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return 3;
    default: return 4;
    }
}

static const char *kind_name(VkPhysicalDeviceType t)
{
    switch (t) {
    case VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: return "discrete GPU";
    case VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: return "integrated GPU";
    case VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: return "virtual GPU";
    case VK_PHYSICAL_DEVICE_TYPE_CPU: return "CPU";
    default: return "other";
    }
}

/* A device is usable when it has a compute queue and buffer device addresses. */
static int usable(VkPhysicalDevice pd, uint32_t *family)
{
    VkPhysicalDeviceProperties p;
    vkGetPhysicalDeviceProperties(pd, &p);
    if (p.apiVersion < VK_API_VERSION_1_2)
        return 0;
    VkPhysicalDeviceVulkan12Features f12 = {.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES};
    VkPhysicalDeviceFeatures2 f = {.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2, .pNext = &f12};
    vkGetPhysicalDeviceFeatures2(pd, &f);
    if (!f12.bufferDeviceAddress)
        return 0;
    uint32_t n = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(pd, &n, NULL);
    VkQueueFamilyProperties qf[32];
    if (n > 32)
        n = 32;
    vkGetPhysicalDeviceQueueFamilyProperties(pd, &n, qf);
    for (uint32_t i = 0; i < n; i++) {
        if (qf[i].queueFlags & VK_QUEUE_COMPUTE_BIT) {
            *family = i;
            return 1;
        }
    }
    return 0;
}

static int enumerate(VkInstance inst, VkPhysicalDevice *out, uint32_t *count, char *err, size_t errlen)
{
    uint32_t n = 16;
    VkResult r = vkEnumeratePhysicalDevices(inst, &n, out);
    if (r != VK_SUCCESS && r != VK_INCOMPLETE)
        return vk_check(r, "vkEnumeratePhysicalDevices", err, errlen);
    if (n == 0) {
        snprintf(err, errlen, "%s", no_driver_message);
        return -1;
    }
    *count = n;
    return 0;
}

int vk_list_devices(char *err, size_t errlen)
{
    struct vk_context ctx;
    memset(&ctx, 0, sizeof ctx);
    if (load_loader(err, errlen) || create_instance(&ctx, 0, err, errlen))
        return -1;
    VkPhysicalDevice pds[16];
    uint32_t n;
    if (enumerate(ctx.instance, pds, &n, err, errlen)) {
        vkDestroyInstance(ctx.instance, NULL);
        return -1;
    }
    for (uint32_t i = 0; i < n; i++) {
        VkPhysicalDeviceProperties p;
        vkGetPhysicalDeviceProperties(pds[i], &p);
        uint32_t fam;
        printf("%u: %s (%s, Vulkan %u.%u)%s\n", i, p.deviceName, kind_name(p.deviceType),
               VK_API_VERSION_MAJOR(p.apiVersion), VK_API_VERSION_MINOR(p.apiVersion),
               usable(pds[i], &fam) ? "" : " [unusable: needs Vulkan 1.2 with buffer device addresses]");
    }
    vkDestroyInstance(ctx.instance, NULL);
    return 0;
}

static int choose_device(struct vk_context *ctx, const char *selector, char *err, size_t errlen)
{
    VkPhysicalDevice pds[16];
    uint32_t n;
    if (enumerate(ctx->instance, pds, &n, err, errlen))
        return -1;
    int best = -1, best_rank = 99;
    uint32_t fam = 0, best_fam = 0;
    for (uint32_t i = 0; i < n; i++) {
        VkPhysicalDeviceProperties p;
        vkGetPhysicalDeviceProperties(pds[i], &p);
        if (selector && *selector) {
            char *end;
            long idx = strtol(selector, &end, 10);
            int match = (*end == 0) ? (idx == (long)i) : (strstr(p.deviceName, selector) != NULL);
            if (!match)
                continue;
            if (!usable(pds[i], &fam)) {
                snprintf(err, errlen, "device %u (%s) lacks Vulkan 1.2 buffer device addresses or a compute queue", i, p.deviceName);
                return -1;
            }
            best = (int)i;
            best_fam = fam;
            break;
        }
        if (usable(pds[i], &fam) && kind_rank(p.deviceType) < best_rank) {
            best = (int)i;
            best_rank = kind_rank(p.deviceType);
            best_fam = fam;
        }
    }
    if (best < 0) {
        if (selector && *selector)
            snprintf(err, errlen, "no Vulkan device matches '%s' (see --list-devices)", selector);
        else
            snprintf(err, errlen, "no usable Vulkan device (needs Vulkan 1.2 with buffer device addresses); %s", no_driver_message);
        return -1;
    }
    ctx->phys = pds[best];
    ctx->queue_family = best_fam;
    return 0;
}

int vk_context_init(struct vk_context *ctx, const char *selector, int validate, char *err, size_t errlen)
{
    memset(ctx, 0, sizeof *ctx);
    if (load_loader(err, errlen) || create_instance(ctx, validate, err, errlen))
        return -1;
    if (!selector)
        selector = getenv("RUSTG_VK_DEVICE");
    if (choose_device(ctx, selector, err, errlen))
        return -1;

    VkPhysicalDeviceSubgroupProperties sg = {.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_SUBGROUP_PROPERTIES};
    VkPhysicalDeviceProperties2 p2 = {.sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_PROPERTIES_2, .pNext = &sg};
    vkGetPhysicalDeviceProperties2(ctx->phys, &p2);
    ctx->props = p2.properties;
    ctx->subgroup_size = sg.subgroupSize;
    ctx->max_groups_x = ctx->props.limits.maxComputeWorkGroupCount[0];
    ctx->timestamp_period_ns = ctx->props.limits.timestampPeriod;
    vkGetPhysicalDeviceMemoryProperties(ctx->phys, &ctx->mem_props);

    uint32_t nq = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(ctx->phys, &nq, NULL);
    VkQueueFamilyProperties qf[32];
    if (nq > 32)
        nq = 32;
    vkGetPhysicalDeviceQueueFamilyProperties(ctx->phys, &nq, qf);
    ctx->timestamps_ok = qf[ctx->queue_family].timestampValidBits > 0;

    VkPhysicalDeviceFeatures supported;
    vkGetPhysicalDeviceFeatures(ctx->phys, &supported);
    VkPhysicalDeviceVulkan12Features f12 = {
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_VULKAN_1_2_FEATURES,
        .bufferDeviceAddress = VK_TRUE,
    };
    VkPhysicalDeviceFeatures2 features = {
        .sType = VK_STRUCTURE_TYPE_PHYSICAL_DEVICE_FEATURES_2,
        .pNext = &f12,
        .features = {.shaderInt64 = supported.shaderInt64},
    };
    float prio = 1.0f;
    VkDeviceQueueCreateInfo qci = {
        .sType = VK_STRUCTURE_TYPE_DEVICE_QUEUE_CREATE_INFO,
        .queueFamilyIndex = ctx->queue_family,
        .queueCount = 1,
        .pQueuePriorities = &prio,
    };
    VkDeviceCreateInfo dci = {
        .sType = VK_STRUCTURE_TYPE_DEVICE_CREATE_INFO,
        .pNext = &features,
        .queueCreateInfoCount = 1,
        .pQueueCreateInfos = &qci,
    };
    if (vk_check(vkCreateDevice(ctx->phys, &dci, NULL, &ctx->device), "vkCreateDevice", err, errlen))
        return -1;
    volkLoadDevice(ctx->device);
    vkGetDeviceQueue(ctx->device, ctx->queue_family, 0, &ctx->queue);

    VkCommandPoolCreateInfo pci = {
        .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
        .flags = VK_COMMAND_POOL_CREATE_RESET_COMMAND_BUFFER_BIT,
        .queueFamilyIndex = ctx->queue_family,
    };
    if (vk_check(vkCreateCommandPool(ctx->device, &pci, NULL, &ctx->cmd_pool), "vkCreateCommandPool", err, errlen))
        return -1;
    VkPushConstantRange range = {.stageFlags = VK_SHADER_STAGE_COMPUTE_BIT, .size = PUSH_CONSTANT_BYTES};
    VkPipelineLayoutCreateInfo lci = {
        .sType = VK_STRUCTURE_TYPE_PIPELINE_LAYOUT_CREATE_INFO,
        .pushConstantRangeCount = 1,
        .pPushConstantRanges = &range,
    };
    return vk_check(vkCreatePipelineLayout(ctx->device, &lci, NULL, &ctx->layout), "vkCreatePipelineLayout", err, errlen);
}

void vk_context_destroy(struct vk_context *ctx)
{
    if (ctx->device) {
        vkDeviceWaitIdle(ctx->device);
        for (int i = 0; i < ctx->pipeline_count; i++)
            vkDestroyPipeline(ctx->device, ctx->pipelines[i].pipeline, NULL);
        if (ctx->layout)
            vkDestroyPipelineLayout(ctx->device, ctx->layout, NULL);
        if (ctx->cmd_pool)
            vkDestroyCommandPool(ctx->device, ctx->cmd_pool, NULL);
        vkDestroyDevice(ctx->device, NULL);
        free(ctx->times);
    }
    if (ctx->messenger)
        vkDestroyDebugUtilsMessengerEXT(ctx->instance, ctx->messenger, NULL);
    if (ctx->instance)
        vkDestroyInstance(ctx->instance, NULL);
    memset(ctx, 0, sizeof *ctx);
}
