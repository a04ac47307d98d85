using Mediator;
using Microsoft.Extensions.Logging;

namespace Gemeenschapskracht.Application.Common.Behaviours;

public sealed class UnhandledExceptionBehaviour<TMessage, TResponse>(ILogger<TMessage> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Verzoek {Request} mislukt: {Message}", typeof(TMessage).Name, ex.Message);
            throw;
        }
    }
}
