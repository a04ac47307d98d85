using Gemeenschapskracht.Application.Common.Interfaces;
using Mediator;

namespace Gemeenschapskracht.Application.Common.Behaviours;

/// <summary>Runs every command in one transaction, so a command that fails half-way saves nothing (unless it has <see cref="OwnTransactionsAttribute"/>).</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool OwnTransactions = typeof(TMessage).IsDefined(typeof(OwnTransactionsAttribute), inherit: false);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand || OwnTransactions)
            return await next(message, cancellationToken);

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
