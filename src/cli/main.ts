// Placeholder until the CLI issue lands.
process.stdout.write('followups: not built yet\n');
