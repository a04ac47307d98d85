using FluentValidation;
using Gemeenschapskracht.Application.Common.Paging;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.ListBeleidskaders;

public sealed class ListBeleidskadersValidator : AbstractValidator<ListBeleidskadersQuery>
{
    public ListBeleidskadersValidator() => this.AddPagingRules();
}
