using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class RegelingCriteriaRubriek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The criteria were one text; they become a list of named criteria the rubric scores. An old text becomes one criterion.
            migrationBuilder.Sql("""UPDATE [Subsidieregelingen] SET [Criteria] = N'[{"Naam":"Criteria","Toelichting":"' + STRING_ESCAPE([Criteria], 'json') + N'"}]' WHERE LEFT([Criteria], 1) <> N'[';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE [Subsidieregelingen] SET [Criteria] = COALESCE(JSON_VALUE([Criteria], '$[0].Toelichting'), N'');""");
        }
    }
}
