using Gemeenschapskracht.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gemeenschapskracht.Infrastructure.Persistence;

/// <summary>
/// One transaction over the scope's shared connection, used by both contexts. Work registered with
/// <see cref="AfterCommit"/> (such as enqueueing a job that reads what was just written) runs only once it is committed.
/// </summary>
public sealed class UnitOfWork(ApplicationDbContext db, TenantCatalogDbContext catalog) : IUnitOfWork
{
    private readonly ApplicationDbContext _db = db;
    private readonly List<Action> _afterCommit = [];
    private Transaction? _current;

    public async Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (_current is not null)
            throw new InvalidOperationException("A transaction is already open in this scope.");
        var transaction = await catalog.Database.BeginTransactionAsync(cancellationToken);
        if (_db.Database.GetDbConnection() == catalog.Database.GetDbConnection())
            await _db.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
        return _current = new Transaction(this, transaction);
    }

    /// <summary>Runs <paramref name="action"/> after the open transaction commits, or now when none is open.</summary>
    public void AfterCommit(Action action)
    {
        if (_current is null)
            action();
        else
            _afterCommit.Add(action);
    }

    private sealed class Transaction(UnitOfWork owner, IDbContextTransaction transaction) : IUnitOfWorkTransaction
    {
        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            await transaction.CommitAsync(cancellationToken);
            var actions = owner._afterCommit.ToList();
            owner._afterCommit.Clear();
            await DisposeAsync();
            foreach (var action in actions)
                action();
        }

        public async ValueTask DisposeAsync()
        {
            if (owner._current != this)
                return;
            owner._current = null;
            owner._afterCommit.Clear();
            if (owner._db.Database.CurrentTransaction is not null)
                await owner._db.Database.UseTransactionAsync(null);
            await transaction.DisposeAsync();
        }
    }
}
