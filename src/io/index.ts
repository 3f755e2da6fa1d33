/** The Node-side output API: run a generation to a destination, and the pieces it is built from. */
export { runGeneration, type RunOptions, type RunProgress, type RunResult, type OutputFile } from './run.js';
export { createRowWriter, formatExtension, OUTPUT_FORMATS, type ByteOut, type OutputFormat, type RowWriter, type WriterOptions } from './formats/index.js';
export { openSink, LocalSink, StdoutSink, s3OptionsFromEnv, parseS3Url, type Sink, type SinkFile, type S3SinkOptions } from './sinks/index.js';
export { S3Sink } from './sinks/s3.js';
export { layoutUnits, type OutputUnit, type LayoutName } from './layouts.js';
export { focusMetadata, GENERATOR_NAME, GENERATOR_VERSION } from './metadata.js';
export { sha256sums } from './checksums.js';
export type { CostTotals } from './summary.js';
