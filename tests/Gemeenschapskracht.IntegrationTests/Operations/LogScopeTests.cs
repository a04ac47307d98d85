using System.Collections.Concurrent;
using Gemeenschapskracht.IntegrationTests.Identity;
using Gemeenschapskracht.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.IntegrationTests.Operations;

/// <summary>Structured logs of a request carry the gemeente, the caller's id (never an e-mail address) and the correlation id, with OpenTelemetry on.</summary>
public sealed class LogScopeTests(LogScopeTests.Factory factory) : IClassFixture<LogScopeTests.Factory>
{
    [Fact]
    public async Task A_request_logs_with_the_gemeente_the_caller_id_and_the_correlation_id_it_returns_as_trace_id()
    {
        var client = await factory.AuthenticatedAsync(ApiFactory.AmsterdamBeheerClient, "amsterdam");
        factory.Logs.Scopes.Clear();

        var response = await client.GetAsync("/api/v1/gebieden/00000000-0000-0000-0000-000000000001");
        var problem = await response.ReadJsonAsync();

        var scopes = factory.Logs.Scopes.ToList();
        Assert.Contains(scopes, s => s["Gemeente"] as string == "amsterdam"
                                     && s["GebruikerId"] as string == ApiFactory.AmsterdamBeheerClient
                                     && s["CorrelatieId"] is string c && problem["traceId"]!.GetValue<string>().Contains(c, StringComparison.Ordinal));
        Assert.DoesNotContain(scopes, s => s.Values.OfType<string>().Any(v => v.Contains('@', StringComparison.Ordinal)));
    }

    public sealed class Factory : IdentityFactory
    {
        public ScopeCapturingProvider Logs { get; } = new();

        /// <summary>OpenTelemetry on, exporting over OTLP to a port where nothing listens: the product must not mind.</summary>
        protected override IEnumerable<KeyValuePair<string, string>> ExtraSettings =>
            base.ExtraSettings.Append(new("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:9"));

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddLogging(b => b.AddProvider(Logs).AddFilter<ScopeCapturingProvider>(null, LogLevel.Information));
        }
    }

    /// <summary>Keeps the scope values of every log line written under a scope with a Gemeente.</summary>
    public sealed class ScopeCapturingProvider : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider? _scopes;

        public ConcurrentQueue<IReadOnlyDictionary<string, object?>> Scopes { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapturingProvider provider) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes?.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                provider._scopes?.ForEachScope((scope, queue) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> values && values.Any(v => v.Key == "Gemeente"))
                        queue.Enqueue(values.ToDictionary(v => v.Key, v => v.Value));
                }, provider.Scopes);
        }
    }
}
