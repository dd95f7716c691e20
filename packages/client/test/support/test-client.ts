import { Client } from "@smithy/smithy-client";
import type { HttpHandlerOptions, MetadataBearer } from "@smithy/types";
import { ChimeCommand } from "../../src/runtime/command.js";
import {
  resolveClientConfig,
  type ChimeClientConfig,
  type ChimeClientResolvedConfig,
} from "../../src/runtime/config.js";
import { useChimeMiddleware } from "../../src/runtime/middleware.js";
import type { OperationSchema } from "../../src/runtime/schema.js";

/** A client assembled from the runtime alone, for tests that do not need generated code. */
export class RuntimeClient extends Client<
  HttpHandlerOptions,
  any,
  MetadataBearer,
  ChimeClientResolvedConfig
> {
  constructor(config: ChimeClientConfig = {}) {
    const resolved = resolveClientConfig(config);
    super(resolved);
    useChimeMiddleware(this.middlewareStack, resolved);
  }
}

/** A command for any hand-written operation schema. */
export class SchemaCommand extends ChimeCommand<any, MetadataBearer & Record<string, any>> {
  constructor(operation: OperationSchema, input: Record<string, unknown>) {
    super(operation, input);
  }
}

export const testCredentials = { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "secret" };
