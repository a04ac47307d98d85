namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>One database transaction spanning the catalog and the tenant data of this scope.</summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken);
}

public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken);
}
