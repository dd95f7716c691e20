// Code generated from the Smithy model in model/ by @chimekit/codegen. DO NOT EDIT.
export {};
