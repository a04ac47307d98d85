using Gemeenschapskracht.Application.Common.Behaviours;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.UnitTests.Behaviours;

public sealed class UnhandledExceptionBehaviourTests
{
    public sealed record Ping : IRequest<int>;

    [Fact]
    public async Task A_request_the_client_abandoned_is_not_logged_as_an_error()
    {
        var logger = new RecordingLogger();
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new UnhandledExceptionBehaviour<Ping, int>(logger).Handle(new Ping(), (_, ct) => throw new OperationCanceledException(ct), aborted.Token));

        Assert.Empty(logger.Errors);
    }

    [Fact]
    public async Task An_unexpected_failure_is_logged_as_an_error()
    {
        var logger = new RecordingLogger();

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await new UnhandledExceptionBehaviour<Ping, int>(logger).Handle(new Ping(), (_, _) => throw new InvalidOperationException("kapot"), default));

        Assert.Single(logger.Errors);
    }

    [Fact]
    public async Task A_cancellation_nobody_asked_for_is_an_error()
    {
        var logger = new RecordingLogger();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await new UnhandledExceptionBehaviour<Ping, int>(logger).Handle(new Ping(), (_, _) => throw new TaskCanceledException("time-out"), default));

        Assert.Single(logger.Errors);
    }

    private sealed class RecordingLogger : ILogger<Ping>
    {
        public List<string> Errors { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
                Errors.Add(formatter(state, exception));
        }
    }
}
