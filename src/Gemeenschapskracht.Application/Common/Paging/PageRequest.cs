namespace Gemeenschapskracht.Application.Common.Paging;

/// <summary>Paging parameters of a list request, validated by <see cref="PageRequestRules"/>.</summary>
public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
