//! The `joined` loader: placeholder until the statement-level join is written.
