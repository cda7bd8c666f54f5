"""What goes on paper: one module per printed document, each a pure function to bytes."""
