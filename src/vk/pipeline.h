/* Compute pipelines built from the SPIR-V modules embedded at build time. */
#ifndef RUSTG_VK_PIPELINE_H
#define RUSTG_VK_PIPELINE_H

#include "vk/context.h"

/* The pipeline for shader `name` (file stem of shaders/<phase>/<name>.comp),
 * created on first use. VK_NULL_HANDLE with `err` set on failure. */
VkPipeline vk_pipeline(struct vk_context *ctx, const char *name, char *err, size_t errlen);

#endif
