using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Queries.ListBegrotingsbesluiten;

public sealed class ListBegrotingsbesluitenValidator : AbstractValidator<ListBegrotingsbesluitenQuery>
{
    public ListBegrotingsbesluitenValidator() => this.AddPagingRules();
}
