using Gemeenschapskracht.Application.Common.Interfaces;
using Mediator;

namespace Gemeenschapskracht.Application.Common.Behaviours;

/// <summary>
/// Runs every command in one transaction, so a command that fails half-way saves nothing (unless it has
/// <see cref="OwnTransactionsAttribute"/>). Constrained to commands, so that a query does not create the unit of work
/// and with it both database contexts.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    private static readonly bool OwnTransactions = typeof(TMessage).IsDefined(typeof(OwnTransactionsAttribute), inherit: false);

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (OwnTransactions)
            return await next(message, cancellationToken);

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
