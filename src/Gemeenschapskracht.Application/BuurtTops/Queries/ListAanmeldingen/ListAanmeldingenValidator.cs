using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListAanmeldingen;

public sealed class ListAanmeldingenValidator : AbstractValidator<ListAanmeldingenQuery>
{
    public ListAanmeldingenValidator() => this.AddPagingRules();
}
