using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.BuurtTops.Queries.ListUitnodigingen;

public sealed class ListUitnodigingenValidator : AbstractValidator<ListUitnodigingenQuery>
{
    public ListUitnodigingenValidator() => this.AddPagingRules();
}
