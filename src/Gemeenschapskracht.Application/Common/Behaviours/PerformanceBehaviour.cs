using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.Application.Common.Behaviours;

public sealed class PerformanceBehaviour<TMessage, TResponse>(ILogger<TMessage> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private const int SlowMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > SlowMilliseconds)
            logger.LogWarning("Verzoek {Request} duurde {Elapsed} ms", typeof(TMessage).Name, (long)elapsed.TotalMilliseconds);
        return response;
    }
}
