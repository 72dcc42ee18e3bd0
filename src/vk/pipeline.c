#include "vk/pipeline.h"

#include <stdio.h>
#include <string.h>

struct embedded_shader {
    const char *name;
    const unsigned char *code;
    size_t size;
};
extern const struct embedded_shader embedded_shaders[];

VkPipeline vk_pipeline(struct vk_context *ctx, const char *name, char *err, size_t errlen)
{
    for (int i = 0; i < ctx->pipeline_count; i++)
        if (strcmp(ctx->pipelines[i].name, name) == 0)
            return ctx->pipelines[i].pipeline;
    const struct embedded_shader *s = embedded_shaders;
    while (s->name && strcmp(s->name, name) != 0)
        s++;
    if (!s->name) {
        snprintf(err, errlen, "internal error: no embedded shader named %s", name);
        return VK_NULL_HANDLE;
    }
    if (ctx->pipeline_count == VK_MAX_PIPELINES) {
        snprintf(err, errlen, "internal error: too many pipelines");
        return VK_NULL_HANDLE;
    }
    VkShaderModuleCreateInfo mci = {
        .sType = VK_STRUCTURE_TYPE_SHADER_MODULE_CREATE_INFO,
        .codeSize = s->size,
        .pCode = (const uint32_t *)(const void *)s->code,
    };
    VkShaderModule module;
    if (vk_check(vkCreateShaderModule(ctx->device, &mci, NULL, &module), "vkCreateShaderModule", err, errlen))
        return VK_NULL_HANDLE;
    VkComputePipelineCreateInfo pci = {
        .sType = VK_STRUCTURE_TYPE_COMPUTE_PIPELINE_CREATE_INFO,
        .stage = {
            .sType = VK_STRUCTURE_TYPE_PIPELINE_SHADER_STAGE_CREATE_INFO,
            .stage = VK_SHADER_STAGE_COMPUTE_BIT,
            .module = module,
            .pName = "main",
        },
        .layout = ctx->layout,
    };
    VkPipeline p;
    VkResult r = vkCreateComputePipelines(ctx->device, VK_NULL_HANDLE, 1, &pci, NULL, &p);
    vkDestroyShaderModule(ctx->device, module, NULL);
    if (vk_check(r, name, err, errlen))
        return VK_NULL_HANDLE;
    ctx->pipelines[ctx->pipeline_count].name = s->name;
    ctx->pipelines[ctx->pipeline_count].pipeline = p;
    ctx->pipeline_count++;
    return p;
}
