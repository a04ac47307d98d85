// Hangfire keeps its storage and filters in static state, so hosts must not run side by side in one process.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
