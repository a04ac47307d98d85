namespace Gemeenschapskracht.Infrastructure.Tenancy;

/// <summary>
/// Keeps the tenant in an <see cref="AsyncLocal{T}"/>, so it flows with the request or job across awaits
/// and never leaks to other requests on the same thread.
/// </summary>
public sealed class AsyncLocalTenantContextAccessor : ITenantContextAccessor
{
    private static readonly AsyncLocal<TenantContext?> Holder = new();

    public TenantContext? Current => Holder.Value;

    public IDisposable Use(TenantContext? tenant)
    {
        var previous = Holder.Value;
        Holder.Value = tenant;
        return new Restore(previous);
    }

    private sealed class Restore(TenantContext? previous) : IDisposable
    {
        public void Dispose() => Holder.Value = previous;
    }
}
