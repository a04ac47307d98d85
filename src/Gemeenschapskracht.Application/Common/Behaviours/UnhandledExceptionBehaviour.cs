using Gemeenschapskracht.Application.Common.Exceptions;
using Gemeenschapskracht.Domain.Common;
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
        catch (Exception ex) when (!IsExpected(ex) && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
        {
            logger.LogError(ex, "Verzoek {Request} mislukt: {Message}", typeof(TMessage).Name, ex.Message);
            throw;
        }
    }

    /// <summary>Refusals the caller caused (invalid input, no access, not found, conflicts) are answered, not logged as errors; so is a request the client abandoned.</summary>
    private static bool IsExpected(Exception ex) =>
        ex is FluentValidation.ValidationException or UnauthenticatedException or ForbiddenAccessException
            or NotFoundException or ConflictException or DomainException;
}
