using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Cijferlezingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cijferlezingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Afwijkingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cijferlezingen", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cijferlezingen_TenantId",
                table: "Cijferlezingen",
                column: "TenantId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cijferlezingen");
        }
    }
}
