using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Persoonsgegevens.Queries.ListAnonimiseringen;

public sealed class ListAnonimiseringenValidator : AbstractValidator<ListAnonimiseringenQuery>
{
    public ListAnonimiseringenValidator() => this.AddPagingRules();
}
